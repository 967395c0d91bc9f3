-- Versions of one article (its txt, HTML and PDF): the MinHash signature of each report's cleaned text,
-- and, for a report that is a version of another, which one: found at import ('auto') or decided by the
-- user ('user'; a null version_of then says the report is an article of its own).
CREATE TABLE report_signature (
    report_id VARCHAR(32)    PRIMARY KEY,
    minhash   VARBINARY(1024) NOT NULL
);
CREATE TABLE report_version (
    report_id  VARCHAR(32) PRIMARY KEY,
    version_of VARCHAR(32),
    similarity DOUBLE PRECISION,
    origin     VARCHAR(8)  NOT NULL
);
CREATE INDEX report_version_of ON report_version(version_of);
