-- Issue 3: duplicate review queue, merge requests (four eyes), merged dossiers and the aliases a merge brought.
ALTER TABLE "dossiers" ADD "MergedIntoId" TEXT NULL;
ALTER TABLE "person_aliases" ADD "MergeRequestId" TEXT NULL;

CREATE TABLE "duplicate_pairs" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_duplicate_pairs" PRIMARY KEY,
    "PersonA" TEXT NOT NULL,
    "PersonB" TEXT NOT NULL,
    "Score" REAL NOT NULL,
    "Reasons" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "DetectedAt" INTEGER NOT NULL,
    "DetectedBy" TEXT NOT NULL,
    "DecidedBy" TEXT NULL,
    "DecidedAt" INTEGER NULL,
    "Version" INTEGER NOT NULL
);

CREATE TABLE "merge_requests" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_merge_requests" PRIMARY KEY,
    "Kind" TEXT NOT NULL,
    "SurvivorDossierId" TEXT NOT NULL,
    "AbsorbedDossierId" TEXT NOT NULL,
    "PairId" TEXT NULL,
    "UndoesMergeId" TEXT NULL,
    "MoveToRestored" TEXT NULL,
    "Status" TEXT NOT NULL,
    "Reason" TEXT NOT NULL,
    "ProposedBy" TEXT NOT NULL,
    "ProposedAt" INTEGER NOT NULL,
    "DecidedBy" TEXT NULL,
    "DecidedAt" INTEGER NULL,
    "DecisionNote" TEXT NULL,
    "Version" INTEGER NOT NULL
);

CREATE UNIQUE INDEX "IX_duplicate_pairs_PersonA_PersonB" ON "duplicate_pairs" ("PersonA", "PersonB");

CREATE INDEX "IX_duplicate_pairs_Status" ON "duplicate_pairs" ("Status");

CREATE INDEX "IX_merge_requests_AbsorbedDossierId" ON "merge_requests" ("AbsorbedDossierId");

CREATE INDEX "IX_merge_requests_Status" ON "merge_requests" ("Status");
