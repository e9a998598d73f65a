-- Each change row keeps the headline and URL it tells of, as it keeps its slug, so a webhook sent
-- later (a retry, a dispatcher that died before its mark moved) tells the state of its change:
-- a row that takes the article out of view names what readers last had, never a draft's
-- headline or URL written in the same PATCH, nor one written after the change. Rows from before
-- this migration have neither (NULL headline): the dispatcher reads the article as before.
ALTER TABLE changes ADD COLUMN headline TEXT;
ALTER TABLE changes ADD COLUMN url TEXT;
