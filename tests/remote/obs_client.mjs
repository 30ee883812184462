// Drives the studio's remote server with the reference obs-websocket 5 client, obs-websocket-js, as Stream Deck
// and Companion integrations do. Run by remote_server_test (tests/unit/RemoteServerTest.cpp):
//   node obs_client.mjs ws://127.0.0.1:PORT PRODUCER_PASSWORD MODERATOR_PASSWORD
// Prints one line per check; exits 1 at the first failure.
// The JSON build, as browsers get by default (Node's default import is the MessagePack one, checked refused below).
import OBSWebSocket, { EventSubscription, OBSWebSocketError } from 'obs-websocket-js/json';
import OBSWebSocketMsgPack from 'obs-websocket-js/msgpack';

const [url, password, moderatorPassword] = process.argv.slice(2);

function check(condition, what) {
  if (!condition)
    throw new Error(`check failed: ${what}`);
  console.log(`ok - ${what}`);
}

function within(ms, promise, what) {
  return Promise.race([promise, new Promise((_, reject) => setTimeout(() => reject(new Error(`timeout: ${what}`)), ms))]);
}

async function main() {
  // A wrong password is refused with obs-websocket's AuthenticationFailed.
  const intruder = new OBSWebSocket();
  let refusal = null;
  try {
    await intruder.connect(url, `${password}-wrong`);
  } catch (error) {
    refusal = error;
  }
  check(refusal instanceof OBSWebSocketError && refusal.code === 4009, `wrong password refused with 4009 (${refusal && refusal.code}: ${refusal && refusal.message})`);

  // Only obswebsocket.json is spoken: a MessagePack client gets no subprotocol and gives up.
  const msgpack = new OBSWebSocketMsgPack();
  let msgpackRefusal = null;
  try {
    await msgpack.connect(url, password);
  } catch (error) {
    msgpackRefusal = error;
  }
  check(msgpackRefusal !== null && /subprotocol/.test(msgpackRefusal.message), `msgpack client refused (${msgpackRefusal && msgpackRefusal.message})`);

  const obs = new OBSWebSocket();
  const identified = await obs.connect(url, password, {
    rpcVersion: 1,
    eventSubscriptions: EventSubscription.General | EventSubscription.Vendors,
  });
  check(identified.negotiatedRpcVersion === 1, 'identified with rpcVersion 1');

  const version = await obs.call('GetVersion');
  check(version.rpcVersion === 1 && Array.isArray(version.availableRequests), 'GetVersion answered');

  const pinned = within(5000, new Promise((resolve) => obs.once('VendorEvent', resolve)), 'VendorEvent');
  const vendor = await obs.call('CallVendorRequest', {
    vendorName: 'vitrine',
    requestType: 'PinProduct',
    requestData: { sku: 'MUG-42' },
  });
  check(vendor.vendorName === 'vitrine' && vendor.responseData.pinned === 'MUG-42', 'CallVendorRequest PinProduct answered');
  const event = await pinned;
  check(event.vendorName === 'vitrine' && event.eventType === 'ProductPinned' && event.eventData.sku === 'MUG-42',
        'VendorEvent ProductPinned received');

  let unknown = null;
  try {
    await obs.call('NoSuchRequest');
  } catch (error) {
    unknown = error;
  }
  check(unknown instanceof OBSWebSocketError && unknown.code === 204, 'unknown request answered 204 with a comment');

  const batch = await obs.callBatch([
    { requestType: 'GetVersion' },
    { requestType: 'Echo', requestData: { word: 'vitrine' } },
  ]);
  check(batch.length === 2 && batch[1].requestStatus.result && batch[1].responseData.word === 'vitrine', 'batch answered');
  await obs.disconnect();

  if (moderatorPassword) {
    const moderator = new OBSWebSocket();
    await moderator.connect(url, moderatorPassword);
    const who = await moderator.call('WhoAmI');
    check(who.role === 'moderator', 'moderator password gives the moderator role');
    await moderator.disconnect();
  }
  console.log('all checks passed');
}

main().then(() => process.exit(0), (error) => {
  console.error(`FAIL: ${error && error.stack ? error.stack : error}`);
  process.exit(1);
});
