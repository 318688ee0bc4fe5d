package vn.tiendo.organization;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.hibernate.Session;

import vn.tiendo.audit.AuditEntity;
import vn.tiendo.audit.AuditLog;
import vn.tiendo.common.AppClock;
import vn.tiendo.common.Caller;
import vn.tiendo.common.Oversight;
import vn.tiendo.common.StatisticsRefresh;

/**
 * Upserts organisations by code, all or nothing: every line is checked first and any bad line answers 422
 * listing them all. A parent may come later in the file than its child; an existing organisation whose parent
 * changes is moved (its subtree's paths rewritten). New rows go in with PostgreSQL COPY.
 * <p>
 * The rules are {@link ImportPlan}'s (plain Java); this service loads what exists, asks the plan, has
 * {@link OrganizationImportWriter} write it, fires the events and records the audit.
 */
@ApplicationScoped
public class OrganizationImportService {
    @Inject
    StatisticsRefresh statistics;

    @Inject
    Session session;

    @Inject
    LevelRepository levels;

    @Inject
    OrganizationRepository orgs;

    @Inject
    OrganizationImportWriter writer;

    @Inject
    Caller caller;

    @Inject
    Oversight oversight;

    @Inject
    AppClock clock;

    @Inject
    AuditLog audit;

    @Inject
    Event<OrganizationsPlaced> placed;

    @Inject
    Event<OrganizationsChanged> changedEvent;

    @Transactional
    public ImportResult importRows(List<ImportRow> input) {
        List<Level> all = levels.listAll();
        Set<String> levelCodes = all.stream().map(l -> l.code).collect(Collectors.toSet());
        Set<String> retired =
                all.stream().filter(l -> !l.active).map(l -> l.code).collect(Collectors.toSet());
        ImportPlan.Lines lines = ImportPlan.read(input, levelCodes, retired);
        ImportPlan plan = ImportPlan.check(
                lines, orgs.knownWithAncestors(lines.referencedCodes()), authority(), orgs::subtreeHeight);

        ImportPlan.Placement placement =
                plan.place(writer.allocateIds(plan.fresh().size()));
        Instant now = clock.now();
        writer.move(placement.moves());
        writer.update(placement.updates(), now);
        writer.insert(placement.inserts(), now);
        session.clear();
        if (!placement.placedIds().isEmpty() || !placement.moves().isEmpty()) {
            placed.fire(new OrganizationsPlaced(placement.placedIds(), placement.movedPrefixes()));
        }
        changedEvent.fire(new OrganizationsChanged(placement.touchedIds()));

        writer.auditCreated(placement.createdIds());
        audit.recordAll(placement.changes().stream()
                .map(c -> new AuditLog.Entry(AuditEntity.ORGANIZATION, c.id(), "IMPORT", c.id(), c.before(), c.after()))
                .toList());
        statistics.analyzeAfterCommit(
                placement.createdIds().size() + placement.changes().size(),
                "organization",
                "assignment",
                "progress_count");
        return placement.result();
    }

    /** The caller's rights as the plan asks for them. */
    private ImportPlan.Authority authority() {
        return new ImportPlan.Authority() {
            @Override
            public boolean mayEdit(String path) {
                return caller.canManage(path) || caller.syncsTreeAt(path);
            }

            @Override
            public boolean oversees(String path) {
                return oversight.oversees(path);
            }

            @Override
            public boolean mayCreateRoot() {
                return caller.isAdmin() && "/".equals(caller.orgPath());
            }

            @Override
            public boolean mayPlaceUnder(String parentPath) {
                return caller.canManage(parentPath) || caller.syncsTreeUnder(parentPath);
            }
        };
    }
}
