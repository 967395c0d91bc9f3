-- Dossier library schema. Kept to SQL that H2 and PostgreSQL both accept (TEXT, BOOLEAN,
-- DOUBLE PRECISION, TIMESTAMP WITH TIME ZONE), since a shared PostgreSQL library is planned.

CREATE TABLE report (
    id            VARCHAR(32)   PRIMARY KEY,
    sha256        CHAR(64)      NOT NULL UNIQUE,
    file_name     VARCHAR(1024) NOT NULL,
    title         VARCHAR(2048),
    language      VARCHAR(16)   NOT NULL,
    published     DATE,
    source        VARCHAR(1024),
    size_bytes    BIGINT        NOT NULL,
    format        VARCHAR(16)   NOT NULL,
    charset       VARCHAR(32),
    imported_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    body          TEXT          NOT NULL,
    -- deleting is undoable, so a deleted report stays until its file is imported again
    deleted       BOOLEAN       NOT NULL DEFAULT FALSE
);

-- Registry entries the user added or edited, and companies accepted from discovery.
CREATE TABLE company (
    id        VARCHAR(128) PRIMARY KEY,
    name      VARCHAR(512) NOT NULL,
    aliases   TEXT         NOT NULL,
    products  TEXT         NOT NULL,
    kind      VARCHAR(32),
    origin    VARCHAR(16)  NOT NULL
);

-- Names discovery offered: status suggested | accepted | rejected (a rejection is remembered).
CREATE TABLE company_candidate (
    name       VARCHAR(512) PRIMARY KEY,
    status     VARCHAR(16)  NOT NULL,
    report_id  VARCHAR(32),
    context    TEXT
);

-- Themes the user defined or edited; the built-in codebook lives in the application.
CREATE TABLE theme (
    id           VARCHAR(128) PRIMARY KEY,
    name         VARCHAR(512) NOT NULL,
    description  TEXT,
    cues         TEXT         NOT NULL,
    origin       VARCHAR(16)  NOT NULL
);

CREATE TABLE mention (
    report_id     VARCHAR(32)  NOT NULL REFERENCES report(id) ON DELETE CASCADE,
    company_id    VARCHAR(128) NOT NULL,
    start_offset  INTEGER      NOT NULL,
    end_offset    INTEGER      NOT NULL,
    surface       VARCHAR(1024) NOT NULL,
    fuzzy         BOOLEAN      NOT NULL,
    product       BOOLEAN      NOT NULL,
    PRIMARY KEY (report_id, start_offset)
);
CREATE INDEX mention_company ON mention(company_id);

CREATE TABLE theme_tag (
    id            VARCHAR(32)  PRIMARY KEY,
    report_id     VARCHAR(32)  NOT NULL REFERENCES report(id) ON DELETE CASCADE,
    theme_id      VARCHAR(128) NOT NULL,
    start_offset  INTEGER      NOT NULL,
    end_offset    INTEGER      NOT NULL,
    origin        VARCHAR(8)   NOT NULL,
    status        VARCHAR(16)  NOT NULL
);
CREATE INDEX theme_tag_report ON theme_tag(report_id);
CREATE INDEX theme_tag_theme ON theme_tag(theme_id);

CREATE TABLE figure (
    id            VARCHAR(40)  PRIMARY KEY,
    report_id     VARCHAR(32)  NOT NULL REFERENCES report(id) ON DELETE CASCADE,
    company_id    VARCHAR(128),
    metric        VARCHAR(32)  NOT NULL,
    amount        DOUBLE PRECISION NOT NULL,
    amount_max    DOUBLE PRECISION,
    currency      VARCHAR(8),
    per_unit      VARCHAR(16),
    period        VARCHAR(16),
    approx        BOOLEAN      NOT NULL,
    start_offset  INTEGER      NOT NULL,
    end_offset    INTEGER      NOT NULL,
    quote         TEXT         NOT NULL,
    origin        VARCHAR(8)   NOT NULL,
    status        VARCHAR(16)  NOT NULL,
    needs_review  BOOLEAN      NOT NULL DEFAULT FALSE
);
CREATE INDEX figure_report ON figure(report_id);
CREATE INDEX figure_company ON figure(company_id);

CREATE TABLE annotation (
    id            VARCHAR(40)  PRIMARY KEY,
    report_id     VARCHAR(32)  NOT NULL REFERENCES report(id) ON DELETE CASCADE,
    start_offset  INTEGER      NOT NULL,
    end_offset    INTEGER      NOT NULL,
    quote         TEXT         NOT NULL,
    prefix        TEXT         NOT NULL,
    suffix        TEXT         NOT NULL,
    note          TEXT         NOT NULL,
    tags          TEXT         NOT NULL,
    color         VARCHAR(16),
    created       TIMESTAMP WITH TIME ZONE NOT NULL,
    modified      TIMESTAMP WITH TIME ZONE NOT NULL,
    orphaned      BOOLEAN      NOT NULL DEFAULT FALSE
);
CREATE INDEX annotation_report ON annotation(report_id);

-- One row: the sequence number of the last journal entry applied to this database,
-- written in the same transaction as the entry's effect, so recovery knows what to replay.
CREATE TABLE journal_state (
    id          INTEGER PRIMARY KEY,
    applied_seq BIGINT  NOT NULL
);
INSERT INTO journal_state (id, applied_seq) VALUES (1, 0);
