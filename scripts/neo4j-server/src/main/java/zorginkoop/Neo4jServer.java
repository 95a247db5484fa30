package zorginkoop;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.kernel.internal.Version;

/**
 * A local Neo4j Community server for development and CI: the real database and its Bolt server in one JVM,
 * listening on loopback only, with authentication on. Configured by environment variables:
 * NEO4J_PASSWORD (required, at least 8 characters), NEO4J_BOLT_PORT (default 7687),
 * NEO4J_LOCAL_DIR (data and logs; default .neo4j-local in the working directory).
 */
public final class Neo4jServer {
  private Neo4jServer() {}

  public static void main(String[] args) throws Exception {
    String password = System.getenv("NEO4J_PASSWORD");
    if (password == null || password.length() < 8) {
      fail("NEO4J_PASSWORD must be set to at least 8 characters (Neo4j's minimum password length)");
    }
    int port = 7687;
    String portText = System.getenv("NEO4J_BOLT_PORT");
    if (portText != null && !portText.isEmpty()) {
      try {
        port = Integer.parseInt(portText);
      } catch (NumberFormatException e) {
        port = -1;
      }
      if (port < 1 || port > 65535) fail("NEO4J_BOLT_PORT must be a port number 1-65535 (got \"" + portText + "\")");
    }
    String dirText = System.getenv("NEO4J_LOCAL_DIR");
    Path home = Path.of(dirText == null || dirText.isEmpty() ? ".neo4j-local" : dirText).toAbsolutePath().normalize();
    Files.createDirectories(home);

    if (portInUse(port)) fail("port " + port + " on 127.0.0.1 is already in use (set NEO4J_BOLT_PORT to another port)");

    System.out.println("Starting Neo4j Community " + Version.getNeo4jVersion() + "; data and logs in " + home);
    DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
        .setConfig(BoltConnector.enabled, true)
        .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
        .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
        .setConfig(GraphDatabaseSettings.auth_enabled, true)
        // A development and test server: a small page cache, and no waiting for idle transactions at shutdown.
        .setConfig(GraphDatabaseSettings.pagecache_memory, 128L * 1024 * 1024)
        .setConfig(GraphDatabaseSettings.shutdown_transaction_end_timeout, Duration.ofSeconds(2))
        // Bolt otherwise waits 5 s for its threads and 5 s for its connections: a stop took 12 s.
        .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1))
        .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1))
        .build();

    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      System.out.println("Stopping Neo4j");
      dbms.shutdown();
      System.out.println("Neo4j stopped");
      System.out.flush();
      stopped.countDown();
      // The JVM would report a signal exit (143); a clean stop on request is a success.
      Runtime.getRuntime().halt(0);
    }, "neo4j-shutdown"));

    try {
      setPassword(dbms, password);
      waitForBolt(port, Duration.ofSeconds(60));
    } catch (RuntimeException e) {
      // Not a half-started server that lingers: say why in one line, and stop.
      System.err.println("neo4j-server: " + e.getMessage());
      dbms.shutdown();
      Runtime.getRuntime().halt(1);
    }
    System.out.println("Neo4j " + Version.getNeo4jVersion() + " is ready: bolt://127.0.0.1:" + port);
    System.out.flush();
    stopped.await();
  }

  /** The password comes from the environment on every start, so a changed NEO4J_PASSWORD simply applies. */
  private static void setPassword(DatabaseManagementService dbms, String password) {
    try {
      dbms.database("system").executeTransactionally(
          "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
    } catch (RuntimeException e) {
      // A restart with the same password: Neo4j refuses to "change" it to itself, and nothing needs doing.
      if (!String.valueOf(e.getMessage()).contains("Old password and new password cannot be the same")) throw e;
    }
  }

  private static boolean portInUse(int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /** Bolt answers when a handshake (magic preamble and four proposed versions) gets a version back. */
  private static void waitForBolt(int port, Duration limit) throws InterruptedException {
    long deadline = System.nanoTime() + limit.toNanos();
    IOException last = null;
    while (System.nanoTime() < deadline) {
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
        socket.setSoTimeout(2000);
        OutputStream out = socket.getOutputStream();
        out.write(new byte[] {
          0x60, 0x60, (byte) 0xB0, 0x17,
          0, 0, 4, 5, // 5.0 to 5.4
          0, 0, 0, 4, // 4.0
          0, 0, 0, 0,
          0, 0, 0, 0,
        });
        out.flush();
        int version = new DataInputStream(socket.getInputStream()).readInt();
        if (version != 0) return;
      } catch (IOException e) {
        last = e;
      }
      Thread.sleep(200);
    }
    throw new IllegalStateException("Bolt did not answer on 127.0.0.1:" + port + " within " + limit.toSeconds() + " s" + (last == null ? "" : ": " + last.getMessage()));
  }

  private static void fail(String message) {
    System.err.println("neo4j-server: " + message);
    System.exit(2);
  }
}
