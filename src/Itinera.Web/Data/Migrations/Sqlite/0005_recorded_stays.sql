-- Issue 4: the stays a person made in the Schengen area, recorded on their dossier for the 90/180-day rule.
CREATE TABLE "recorded_stays" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_recorded_stays" PRIMARY KEY,
    "PersonId" TEXT NOT NULL,
    "Entry" TEXT NOT NULL,
    "Exit" TEXT NULL,
    "Source" TEXT NOT NULL,
    "RecordedOn" TEXT NOT NULL,
    "Note" TEXT NULL,
    CONSTRAINT "FK_recorded_stays_persons_PersonId" FOREIGN KEY ("PersonId") REFERENCES "persons" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_recorded_stays_PersonId" ON "recorded_stays" ("PersonId");
