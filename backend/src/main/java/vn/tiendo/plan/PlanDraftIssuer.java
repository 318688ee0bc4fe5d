package vn.tiendo.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.tiendo.common.Caller;
import vn.tiendo.common.Text;
import vn.tiendo.organization.Level;
import vn.tiendo.organization.LevelRepository;
import vn.tiendo.organization.Organization;
import vn.tiendo.organization.OrganizationRepository;
import vn.tiendo.plan.parse.ConfiguredLevels;
import vn.tiendo.plan.parse.ParsedPlan;

/**
 * Completes what the reader found with what the database knows: the levels as configured (by
 * code, else by name) and the issuer, when the text names one, among the organisations the
 * caller may see; a name that matches none, or several, is warned beside the issuer field.
 */
@ApplicationScoped
public class PlanDraftIssuer {
    private static final int CANDIDATES = 5;

    @Inject
    LevelRepository levels;

    @Inject
    OrganizationRepository orgs;

    @Inject
    Caller caller;

    @Transactional
    PlanDraft complete(ParsedPlan read, String source) {
        List<ConfiguredLevels.Level> configured = levels.ordered().stream()
                .map((Level l) -> new ConfiguredLevels.Level(l.code, l.name))
                .toList();
        ParsedPlan plan = new ConfiguredLevels(configured).apply(read);
        Long issuerOrgId = null;
        List<String> warnings = new ArrayList<>(plan.warnings());
        Map<String, List<String>> keyed = new LinkedHashMap<>(plan.fieldWarnings());
        if (plan.issuerName() != null) {
            String wanted = Text.searchKey(plan.issuerName());
            List<Organization> found = orgs.search(
                            caller.readPrefix(), caller.readsOwnOrgOnly(), null, null, plan.issuerName(), false)
                    .page(0, CANDIDATES)
                    .list();
            List<Organization> exact = found.stream()
                    .filter(o -> Text.searchKey(o.name).equals(wanted))
                    .toList();
            List<Organization> pick = exact.isEmpty() ? found : exact;
            String warning = null;
            if (pick.size() == 1) {
                issuerOrgId = pick.get(0).id;
            } else if (pick.isEmpty()) {
                warning = "Văn bản do “" + plan.issuerName()
                        + "” ban hành nhưng không có tổ chức nào tên như vậy trong phạm vi của bạn; "
                        + "hãy chọn đơn vị ban hành.";
            } else {
                warning = "Có nhiều tổ chức tên như “" + plan.issuerName() + "”; hãy chọn đơn vị ban hành.";
            }
            if (warning != null) {
                warnings.add(warning);
                keyed.computeIfAbsent("issuerOrgId", k -> new ArrayList<>()).add(warning);
            }
        }
        plan = new ParsedPlan(
                plan.number(),
                plan.title(),
                plan.resolution(),
                plan.issuedOn(),
                plan.purpose(),
                plan.requirements(),
                plan.materials(),
                plan.tiers(),
                plan.spans(),
                warnings,
                plan.issuerName(),
                keyed);
        PlanDraft draft = PlanDraft.of(plan, source, issuerOrgId);
        if (issuerOrgId != null && plan.spans().containsKey("issuerName")) {
            draft.spans().put("issuerOrgId", draft.spans().get("issuerName"));
        }
        return draft;
    }
}
