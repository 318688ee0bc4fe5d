-- Failed sign-ins per account and per client address, shared by every replica.
CREATE TABLE login_throttle (
    throttle_key varchar(300) PRIMARY KEY,
    failures integer NOT NULL,
    window_start timestamptz NOT NULL,
    locked_until timestamptz
);
