package dev.newsdesk.apikey;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ApiKeyRepository implements PanacheRepositoryBase<ApiKey, UUID> {

    public Optional<ApiKey> findActiveByHash(String keyHash) {
        return find("keyHash = ?1 and revokedAt is null", keyHash).firstResultOptional();
    }

    public Optional<ApiKey> findByHash(String keyHash) {
        return find("keyHash", keyHash).firstResultOptional();
    }

    public List<ApiKey> listActiveByName(String name) {
        return list("name = ?1 and revokedAt is null", name);
    }

    public boolean existsByHash(String keyHash) {
        return count("keyHash", keyHash) > 0;
    }

    public List<ApiKey> listNewestFirst() {
        return list("order by createdAt desc, id");
    }
}
