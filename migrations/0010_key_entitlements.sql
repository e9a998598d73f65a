-- A partner key's contract (issue #14): which sections, full text or excerpt, embargo access,
-- the rights levels it receives, and when it expires, as one JSON object. NULL: no contract, so
-- the key reads the public view. Kept as JSON because it is read whole with the key on every
-- request and filtered on only after parsing (src/syndication/contract.ts); never queried by SQL.
ALTER TABLE api_keys ADD COLUMN entitlements TEXT;
