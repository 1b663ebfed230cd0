-- Issue 4: procedures on dossiers (their accepted triggers, replayed by the domain engine) and queue columns.
CREATE TABLE procedures (
    "Id" uuid NOT NULL,
    "DossierId" uuid NOT NULL,
    "TypeCode" character varying(64) NOT NULL,
    "VariantCode" character varying(64),
    "Service" character varying(32) NOT NULL,
    "State" character varying(32) NOT NULL,
    "AssignedTo" character varying(256),
    "NextDueDate" date,
    "NextDueKind" character varying(32),
    "LodgedOn" date NOT NULL,
    "Triggers" text NOT NULL,
    "UpdatedAt" timestamp with time zone NOT NULL,
    "Version" integer NOT NULL,
    CONSTRAINT "PK_procedures" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_procedures_dossiers_DossierId" FOREIGN KEY ("DossierId") REFERENCES dossiers ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_procedures_AssignedTo_NextDueDate" ON procedures ("AssignedTo", "NextDueDate");

CREATE INDEX "IX_procedures_DossierId" ON procedures ("DossierId");

CREATE INDEX "IX_procedures_Service_NextDueDate" ON procedures ("Service", "NextDueDate");
