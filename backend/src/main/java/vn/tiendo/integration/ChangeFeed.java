package vn.tiendo.integration;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.ObjectMapper;

import vn.tiendo.common.ApiException;
import vn.tiendo.common.Caller;
import vn.tiendo.common.SqlValues;
import vn.tiendo.integration.WebhookDtos.FeedEvent;
import vn.tiendo.integration.WebhookDtos.FeedPage;

/**
 * The ordered change feed. Events are ordered by (transaction id, event id) and only events of transactions
 * older than every transaction still running (xid below the snapshot's xmin) are served: a transaction that
 * commits late can never slip in behind a cursor a reader has already passed.
 */
@ApplicationScoped
public class ChangeFeed {
    public static final int MAX_LIMIT = 1000;

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    ObjectMapper json;

    @Transactional
    @SuppressWarnings("unchecked")
    public FeedPage read(String after, Integer limit) {
        int n = limit == null ? 100 : limit;
        if (n < 1 || n > MAX_LIMIT) {
            throw ApiException.badRequest("limit", "phải từ 1 đến " + MAX_LIMIT);
        }
        long afterXid = 0;
        long afterId = 0;
        if (after != null && !after.isBlank()) {
            String[] parts = after.strip().split(":");
            try {
                if (parts.length != 2) {
                    throw new NumberFormatException();
                }
                afterXid = Long.parseLong(parts[0]);
                afterId = Long.parseLong(parts[1]);
            } catch (NumberFormatException e) {
                throw ApiException.badRequest("after", "con trỏ không hợp lệ; dùng giá trị 'next' của lần đọc trước");
            }
        }
        List<Object[]> rows = em.createNativeQuery(
                        """
                SELECT e.id, e.xid::text AS xid_text, e.event_type, e.entity_type, e.entity_id, e.created_at, e.payload::text
                FROM outbox_event e
                WHERE e.xid < pg_snapshot_xmin(pg_current_snapshot())
                  AND (e.xid, e.id) > (CAST(CAST(?1 AS text) AS xid8), ?2)
                  AND e.org_path LIKE ?3
                ORDER BY e.xid, e.id LIMIT ?4""")
                .setParameter(1, String.valueOf(afterXid))
                .setParameter(2, afterId)
                .setParameter(3, caller.readsOwnOrgOnly() ? caller.orgPath() : caller.orgPath() + "%")
                .setParameter(4, n)
                .getResultList();
        List<FeedEvent> items = rows.stream()
                .map(r -> {
                    String cursor = r[1] + ":" + r[0];
                    Object data;
                    try {
                        data = json.readTree((String) r[6]);
                    } catch (Exception e) {
                        data = null;
                    }
                    return new FeedEvent(
                            cursor,
                            ((Number) r[0]).longValue(),
                            (String) r[2],
                            (String) r[3],
                            ((Number) r[4]).longValue(),
                            SqlValues.instant(r[5]),
                            data);
                })
                .toList();
        String next = items.isEmpty()
                ? (after == null || after.isBlank() ? "0:0" : after.strip())
                : items.get(items.size() - 1).cursor();
        return new FeedPage(items, next);
    }
}
