-- Each title's words, lowercased and transliterated once when it is set, so the duplicate check on every declare
-- compares stored words instead of transliterating every open incident's title again.
ALTER TABLE incidents ADD COLUMN title_words TEXT NOT NULL DEFAULT '';
