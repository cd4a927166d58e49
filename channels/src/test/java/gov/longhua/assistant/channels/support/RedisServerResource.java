package gov.longhua.assistant.channels.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;
import redis.embedded.RedisServer;

/**
 * Starts a real Redis server (the redis-server binary shipped in the embedded-redis artifact) on a free
 * loopback port for the tests that use it, and points the application at it.
 */
public final class RedisServerResource implements QuarkusTestResourceLifecycleManager {

    /** The server of the test application now running, for tests that stop and restart it. */
    private static volatile RedisServer current;

    private RedisServer server;

    /** Stops the running test application's Redis server (a fault); {@link #restartServer()} brings it back. */
    public static void stopServer() {
        try {
            current.stop();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts the stopped server again on the same port, empty. */
    public static void restartServer() {
        try {
            current.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Map<String, String> start() {
        int port = freePort();
        try {
            server = RedisServer.newRedisServer().port(port).bind("127.0.0.1")
                    .setting("save \"\"").setting("appendonly no").build();
            server.start();
            current = server;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start redis-server on port " + port, e);
        }
        return Map.of("quarkus.redis.hosts", "redis://127.0.0.1:" + port);
    }

    @Override
    public void stop() {
        if (server != null) {
            try {
                server.stop();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
