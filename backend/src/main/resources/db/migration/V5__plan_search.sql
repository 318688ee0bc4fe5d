-- Accent-insensitive plan search, like the organisations' ("nghi quyet" finds "Nghị quyết").
ALTER TABLE plan ADD COLUMN search_key varchar(1200) NOT NULL DEFAULT '';
