/**
 * A TCP proxy in front of a Postgres server that refuses pipelining, for the
 * tests of DATABASE_BATCHING=auto on Postgres.
 *
 * It passes the startup and authentication through untouched, then reads the
 * client's messages (a type byte and a length) and counts the queries waiting
 * for their ReadyForQuery: one per Sync or simple Query. When a message of the
 * next query arrives while one is still waiting, it forwards nothing of it,
 * answers `FATAL 08P01` (protocol_violation) and closes both connections, so the
 * server rolls back whatever the connection had open. It is modelled on what
 * was reported of Supabase's pooler (Supavisor) in transaction mode with a
 * pipelining client: Postgres logs FATAL 08P01 (invalid frontend message) and
 * the client's socket closes mid-pipeline (supabase/supavisor#1164). Sending
 * the FATAL to the client as well makes the driver see both shapes: an error of
 * class 08 for the query in progress, a closed connection for those behind it.
 * The same pooler's other reported answer, dropping the replies after the first
 * ones so the client waits forever (supabase/supavisor#1061,
 * porsager/postgres#970), is not reproduced: Hearth does not detect it.
 *
 * Bytes from the client are forwarded after a short delay, so queries a client
 * sends together reach the proxy together, as they would over a network with
 * latency, and the refusal does not depend on how fast the server answers.
 */
import { connect, createServer, type Server, type Socket } from "node:net";

const COALESCE_MS = 15;

export interface PipeliningRefusingProxy {
  /** `url` with its host and port replaced by the proxy's. */
  url: string;
  close(): Promise<void>;
}

export async function startPipeliningRefusingProxy(url: string): Promise<PipeliningRefusingProxy> {
  const target = new URL(url);
  const sockets = new Set<Socket>();
  const server: Server = createServer((client) => {
    const upstream = connect(Number(target.port || 5432), target.hostname);
    sockets.add(client).add(upstream);
    const forget = (socket: Socket) => () => sockets.delete(socket);
    client.on("close", forget(client));
    upstream.on("close", forget(upstream));
    const closeBoth = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on("error", closeBoth);
    upstream.on("error", closeBoth);
    client.on("end", () => upstream.end());
    upstream.on("end", () => client.end());

    let started = false; // the server's first ReadyForQuery ends startup and authentication
    let waiting = 0; // Syncs and simple Queries not yet answered by a ReadyForQuery
    let fromServer = Buffer.alloc(0);
    let fromClient = Buffer.alloc(0);
    let timer: NodeJS.Timeout | undefined;

    upstream.on("data", (chunk: Buffer) => {
      client.write(chunk);
      fromServer = Buffer.concat([fromServer, chunk]);
      for (;;) {
        if (fromServer.length < 5) break;
        const length = fromServer.readUInt32BE(1);
        if (fromServer.length < 1 + length) break;
        if (fromServer[0] === 0x5a /* Z: ReadyForQuery */) {
          if (started) waiting = Math.max(0, waiting - 1);
          started = true;
        }
        fromServer = fromServer.subarray(1 + length);
      }
    });

    const forwardClientMessages = () => {
      timer = undefined;
      if (!started) {
        upstream.write(fromClient);
        fromClient = Buffer.alloc(0);
        return;
      }
      let forwarded = 0;
      while (fromClient.length - forwarded >= 5) {
        const type = String.fromCharCode(fromClient[forwarded]!);
        const length = fromClient.readUInt32BE(forwarded + 1);
        if (fromClient.length - forwarded < 1 + length) break;
        const queryMessage = type !== "X" && type !== "H"; // Terminate and Flush start nothing
        if (queryMessage && waiting > 0) {
          upstream.write(fromClient.subarray(0, forwarded));
          refuse();
          return;
        }
        if (type === "S" || type === "Q") waiting += 1;
        forwarded += 1 + length;
      }
      upstream.write(fromClient.subarray(0, forwarded));
      fromClient = fromClient.subarray(forwarded);
    };

    const refuse = () => {
      client.end(
        errorResponse(
          "FATAL",
          "08P01",
          "protocol violation: a query arrived before the previous one's ReadyForQuery",
        ),
      );
      upstream.destroy();
    };

    client.on("data", (chunk: Buffer) => {
      fromClient = Buffer.concat([fromClient, chunk]);
      timer ??= setTimeout(forwardClientMessages, COALESCE_MS);
    });
    client.on("close", () => clearTimeout(timer));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (!address || typeof address === "string") throw new Error("The proxy has no TCP address");
  const proxied = new URL(url);
  proxied.hostname = "127.0.0.1";
  proxied.port = String(address.port);
  return {
    url: proxied.toString(),
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** An ErrorResponse message: severity (localized and not), SQLSTATE and message. */
function errorResponse(severity: string, code: string, message: string): Buffer {
  const fields = Buffer.from(`S${severity}\0V${severity}\0C${code}\0M${message}\0\0`, "utf8");
  const header = Buffer.alloc(5);
  header.write("E", 0, "latin1");
  header.writeUInt32BE(4 + fields.length, 1);
  return Buffer.concat([header, fields]);
}
