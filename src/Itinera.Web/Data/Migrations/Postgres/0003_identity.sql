-- Issue 3: duplicate review queue, merge requests (four eyes), merged dossiers and the aliases a merge brought.
ALTER TABLE dossiers ADD "MergedIntoId" uuid;
ALTER TABLE person_aliases ADD "MergeRequestId" uuid;

CREATE TABLE duplicate_pairs (
    "Id" uuid NOT NULL,
    "PersonA" uuid NOT NULL,
    "PersonB" uuid NOT NULL,
    "Score" double precision NOT NULL,
    "Reasons" character varying(4000) NOT NULL,
    "Status" character varying(16) NOT NULL,
    "DetectedAt" timestamp with time zone NOT NULL,
    "DetectedBy" character varying(256) NOT NULL,
    "DecidedBy" character varying(256),
    "DecidedAt" timestamp with time zone,
    "Version" integer NOT NULL,
    CONSTRAINT "PK_duplicate_pairs" PRIMARY KEY ("Id")
);

CREATE TABLE merge_requests (
    "Id" uuid NOT NULL,
    "Kind" character varying(8) NOT NULL,
    "SurvivorDossierId" uuid NOT NULL,
    "AbsorbedDossierId" uuid NOT NULL,
    "PairId" uuid,
    "UndoesMergeId" uuid,
    "MoveToRestored" character varying(8000),
    "Status" character varying(16) NOT NULL,
    "Reason" character varying(1000) NOT NULL,
    "ProposedBy" character varying(256) NOT NULL,
    "ProposedAt" timestamp with time zone NOT NULL,
    "DecidedBy" character varying(256),
    "DecidedAt" timestamp with time zone,
    "DecisionNote" character varying(1000),
    "Version" integer NOT NULL,
    CONSTRAINT "PK_merge_requests" PRIMARY KEY ("Id")
);

CREATE UNIQUE INDEX "IX_duplicate_pairs_PersonA_PersonB" ON duplicate_pairs ("PersonA", "PersonB");

CREATE INDEX "IX_duplicate_pairs_Status" ON duplicate_pairs ("Status");

CREATE INDEX "IX_merge_requests_AbsorbedDossierId" ON merge_requests ("AbsorbedDossierId");

CREATE INDEX "IX_merge_requests_Status" ON merge_requests ("Status");
