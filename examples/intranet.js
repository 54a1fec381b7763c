// The host side of the Quota Planner embedding protocol (docs/embedding.md).
const params = new URLSearchParams(location.search);
const appUrl = new URL(params.get('app') ?? '../dist/', location.href);
const trusted = params.get('trust') ?? location.origin;

const frame = document.getElementById('quota-planner');
const list = document.getElementById('messages');
const link = document.getElementById('link');

// The app trusts (and talks only to) the origin named in its `origin` parameter.
const src = new URL(appUrl);
src.searchParams.set('embed', '1');
src.searchParams.set('view', params.get('view') ?? 'plan');
src.searchParams.set('origin', trusted);
frame.src = src.href;

window.addEventListener('message', (event) => {
  // Accept messages only from the app's own origin, and only its own message types.
  if (event.origin !== appUrl.origin || event.source !== frame.contentWindow) return;
  const data = event.data;
  if (typeof data !== 'object' || data === null || !String(data.type).startsWith('quota-planner:')) return;
  const item = document.createElement('li');
  item.dataset.type = data.type;
  if (data.type === 'quota-planner:resize') {
    frame.style.height = `${Math.ceil(data.height)}px`;
    item.textContent = `${data.type} height=${data.height}`;
  } else if (data.type === 'quota-planner:change') {
    link.href = data.link;
    link.textContent = data.link;
    item.textContent = `${data.type} (${data.link.length} 字符)`;
  } else {
    item.textContent = data.type;
  }
  list.append(item);
});

document.getElementById('load').addEventListener('click', async () => {
  // Any scenario file exported by the app (导出方案（JSON）) can be sent as it is.
  const scenario = await (await fetch(new URL('sample-scenario.json', location.href))).json();
  frame.contentWindow.postMessage({ type: 'quota-planner:load', scenario }, appUrl.origin);
});
