package com.frontdesk.sync;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A head office on the loopback interface, at the level of the socket so it can misbehave the
 * way networks do: answer 500, never answer (the client times out), reset the connection, refuse
 * with 401, or accept. Each request takes the next behaviour of the script; then it accepts.
 */
final class HeadOfficeServer implements AutoCloseable {
    enum Behaviour { FAIL_500, HANG, RESET, REJECT_401, ACCEPT }

    /** One request as it arrived. */
    record Request(Map<String, String> headers, byte[] body, Behaviour answer) {
    }

    private final ServerSocket server;
    private final Deque<Behaviour> script;
    private final List<Request> requests = Collections.synchronizedList(new ArrayList<>());
    private final List<Socket> hanging = Collections.synchronizedList(new ArrayList<>());
    private final Thread acceptor;

    HeadOfficeServer(Behaviour... script) throws IOException {
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.script = new ArrayDeque<>(List.of(script));
        this.acceptor = new Thread(this::acceptLoop, "head-office");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getLocalPort() + "/frontdesk/batches";
    }

    List<Request> requests() {
        return List.copyOf(requests);
    }

    /** Batch ids head office took (answered 2xx), as many times as it took each. */
    List<String> accepted() {
        return requests().stream().filter(r -> r.answer() == Behaviour.ACCEPT)
                .map(r -> r.headers().get("idempotency-key")).toList();
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                handle(socket);
            } catch (IOException e) {
                return;
            }
        }
    }

    private void handle(Socket socket) throws IOException {
        InputStream in = socket.getInputStream();
        Map<String, String> headers = new HashMap<>();
        String line = readLine(in);
        if (line == null) {
            socket.close();
            return;
        }
        while (!(line = readLine(in)).isEmpty()) {
            int colon = line.indexOf(':');
            headers.put(line.substring(0, colon).strip().toLowerCase(Locale.ROOT), line.substring(colon + 1).strip());
        }
        byte[] body = in.readNBytes(Integer.parseInt(headers.getOrDefault("content-length", "0")));
        Behaviour answer;
        synchronized (script) {
            answer = script.isEmpty() ? Behaviour.ACCEPT : script.poll();
        }
        requests.add(new Request(headers, body, answer));
        OutputStream out = socket.getOutputStream();
        switch (answer) {
            case FAIL_500 -> respond(socket, out, "500 Internal Server Error");
            case REJECT_401 -> respond(socket, out, "401 Unauthorized");
            case ACCEPT -> respond(socket, out, "200 OK");
            case HANG -> hanging.add(socket);
            case RESET -> {
                socket.setSoLinger(true, 0);
                socket.close();
            }
        }
    }

    private static void respond(Socket socket, OutputStream out, String status) throws IOException {
        out.write(("HTTP/1.1 " + status + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        out.flush();
        socket.close();
    }

    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1 && b != '\n') {
            if (b != '\r') {
                line.write(b);
            }
        }
        return b == -1 && line.size() == 0 ? null : line.toString(StandardCharsets.US_ASCII);
    }

    @Override
    public void close() throws IOException {
        server.close();
        for (Socket s : hanging) {
            s.close();
        }
    }
}
