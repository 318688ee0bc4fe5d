package vn.tiendo.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.tiendo.common.ApiException;
import vn.tiendo.common.AppClock;
import vn.tiendo.common.Caller;
import vn.tiendo.common.Paging;

/** The caller's own notifications; nobody reads or marks another user's. */
@ApplicationScoped
public class NotificationService {
    @Inject
    NotificationRepository notifications;

    @Inject
    Caller caller;

    @Inject
    AppClock clock;

    public record Inbox(java.util.List<NotificationDto> items, int page, int size, long total, long unread) {}

    public Inbox inbox(boolean unreadOnly, Paging paging) {
        long me = caller.userId();
        var items = notifications.ofUser(me, unreadOnly, paging).stream()
                .map(NotificationDto::of)
                .toList();
        return new Inbox(
                items,
                paging.page(),
                paging.size(),
                notifications.countOfUser(me, unreadOnly),
                notifications.countOfUser(me, true));
    }

    /** Marks one of the caller's notifications read (idempotent: the first read time stays). */
    @Transactional
    public NotificationDto markRead(long id) {
        Notification n = notifications
                .findByIdOptional(id)
                .filter(x -> x.userId.equals(caller.userId()))
                .orElseThrow(() -> ApiException.notFound("thông báo " + id));
        if (n.readAt == null) {
            n.readAt = clock.now();
        }
        return NotificationDto.of(n);
    }
}
