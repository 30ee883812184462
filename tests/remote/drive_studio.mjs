// Drives a running studio with the real obs-websocket-js client, as Stream Deck or Companion would:
//   node drive_studio.mjs ws://127.0.0.1:PORT PASSWORD
// Prints one JSON line with what it saw; exits non-zero on any unexpected answer.
import OBSWebSocket, { EventSubscription } from 'obs-websocket-js/json';

const [url, password] = process.argv.slice(2);
const report = {};

const obs = new OBSWebSocket();
const { negotiatedRpcVersion } = await obs.connect(url, password, {
  eventSubscriptions: EventSubscription.All,
});
report.rpcVersion = negotiatedRpcVersion;

const version = await obs.call('GetVersion');
report.requests = version.availableRequests.length;
const scenes = await obs.call('GetSceneList');
report.scenes = scenes.scenes.map((s) => s.sceneName);

// A scene switch announces itself as an event.
const target = report.scenes.find((name) => name !== scenes.currentProgramSceneName);
const switched = new Promise((resolve) => obs.once('CurrentProgramSceneChanged', (e) => resolve(e.sceneName)));
await obs.call('SetCurrentProgramScene', { sceneName: target });
report.switchedTo = await Promise.race([switched, new Promise((r) => setTimeout(() => r('no event'), 5000))]);
if (report.switchedTo !== target) throw new Error(`no CurrentProgramSceneChanged for ${target}`);

// Commerce through vendor requests; a sold-out product needs "confirm".
const vendorEvent = new Promise((resolve) => obs.once('VendorEvent', (e) => resolve(e)));
let refused = null;
try {
  await obs.call('CallVendorRequest', { vendorName: 'vitrine', requestType: 'PinProduct', requestData: { sku: 'BAL-PREC-01' } });
} catch (error) {
  refused = error.code;
}
report.soldOutRefused = refused;
if (refused === null) throw new Error('a sold-out product was pinned without confirm');
await obs.call('CallVendorRequest', {
  vendorName: 'vitrine', requestType: 'PinProduct', requestData: { sku: 'BAL-PREC-01', confirm: true },
});
const event = await Promise.race([vendorEvent, new Promise((r) => setTimeout(() => r(null), 5000))]);
report.vendorEvent = event ? event.eventType : null;
const show = await obs.call('CallVendorRequest', { vendorName: 'vitrine', requestType: 'GetShow', requestData: {} });
const data = show.responseData.show || show.responseData;
report.pinnedAfter = data.pinnedSku || (data.pinned && data.pinned.sku) || null;
await obs.disconnect();

// A wrong password is closed with 4009 (AuthenticationFailed).
const intruder = new OBSWebSocket();
try {
  await intruder.connect(url, 'wrong-password');
  report.wrongPassword = 'accepted';
} catch (error) {
  report.wrongPassword = error.code;
}
console.log(JSON.stringify(report));
process.exit(0);
