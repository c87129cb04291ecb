package dev.newsdesk.webhook;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** The delivery drills with changes the test appends ({@link TestChangeSource}), in a database of their own. */
public class ScriptedChangesProfile extends LoopbackReceiverProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> overrides = new HashMap<>(super.getConfigOverrides());
        overrides.put("%test.newsdesk-db.url.h2",
                "jdbc:h2:mem:webhooks-scripted;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
        return overrides;
    }

    @Override
    public Set<Class<?>> getEnabledAlternatives() {
        return Set.of(TestChangeSource.class);
    }
}
