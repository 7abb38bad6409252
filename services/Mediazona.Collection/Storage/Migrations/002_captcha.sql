-- The captcha answer a court's searches carry (solved by a person with mzctl crawl --captcha, or by a plugged-in solver),
-- kept until the court refuses it.
alter table courts
    add column captcha_id text,
    add column captcha_answer text,
    add column captcha_solved_at timestamptz,
    add column captcha_solved_by text;
