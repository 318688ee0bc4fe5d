package vn.tiendo.common;

/**
 * An answer holding something shown once (a new API key): the idempotency store keeps {@link #forReplay()} instead,
 * so the secret never lands in the database and a replay answers without it.
 */
public interface ReplayRedacted {
    Object forReplay();
}
