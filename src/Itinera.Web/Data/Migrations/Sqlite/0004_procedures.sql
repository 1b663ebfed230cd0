-- Issue 4: procedures on dossiers (their accepted triggers, replayed by the domain engine) and queue columns.
CREATE TABLE "procedures" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_procedures" PRIMARY KEY,
    "DossierId" TEXT NOT NULL,
    "TypeCode" TEXT NOT NULL,
    "VariantCode" TEXT NULL,
    "Service" TEXT NOT NULL,
    "State" TEXT NOT NULL,
    "AssignedTo" TEXT NULL,
    "NextDueDate" TEXT NULL,
    "NextDueKind" TEXT NULL,
    "LodgedOn" TEXT NOT NULL,
    "Triggers" TEXT NOT NULL,
    "UpdatedAt" INTEGER NOT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_procedures_dossiers_DossierId" FOREIGN KEY ("DossierId") REFERENCES "dossiers" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_procedures_AssignedTo_NextDueDate" ON "procedures" ("AssignedTo", "NextDueDate");

CREATE INDEX "IX_procedures_DossierId" ON "procedures" ("DossierId");

CREATE INDEX "IX_procedures_Service_NextDueDate" ON "procedures" ("Service", "NextDueDate");
