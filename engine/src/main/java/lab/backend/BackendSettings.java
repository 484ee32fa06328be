package lab.backend;

/**
 * Which backend a run starts, read once ({@link #fromSystemProperties()}) and handed down.
 *
 * @param name      embedded, container or endpoint ({@code -Dkata.backend})
 * @param image     the container backend's image ({@code -Dkata.container.image})
 * @param endpoint  the endpoint backend's URL ({@code -Dkata.endpoint}), or null
 * @param region    its signing region ({@code -Dkata.region}), or null for the endpoint's own
 * @param namespace the prefix of its scenarios' namespaces ({@code -Dkata.namespace}), or null
 */
public record BackendSettings(String name, String image, String endpoint, String region, String namespace) {

    /** The settings {@code -Dkata.backend} and its companions give; a default where one is not given. */
    public static BackendSettings fromSystemProperties() {
        return new BackendSettings(System.getProperty(Backends.PROPERTY, "embedded"),
                System.getProperty(ContainerBackend.IMAGE, ContainerBackend.DEFAULT_IMAGE),
                System.getProperty(EndpointBackend.ENDPOINT), System.getProperty(EndpointBackend.REGION),
                System.getProperty(EndpointBackend.NAMESPACE));
    }

    /** These settings with the backend {@code name} ({@code embedded}, {@code container}, {@code endpoint}). */
    public BackendSettings named(String name) {
        return new BackendSettings(name, image, endpoint, region, namespace);
    }

    /** The endpoint backend at {@code url}, its namespaces under {@code prefix}, in this settings' region. */
    public BackendSettings atEndpoint(String url, String prefix) {
        return new BackendSettings("endpoint", image, url, region, prefix);
    }
}
