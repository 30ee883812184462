// The producer remote: the studio's obs-websocket API from a phone. Everything it shows comes from the studio
// (GetShow, GetSceneList, the stream and record status) and is refreshed by the studio's events.
'use strict';

(() => {
  const { t } = VitrineI18n;
  const $ = (id) => document.getElementById(id);
  const client = new VitrineObsWs.Client();
  const subscriptions = VitrineObsWs.EventSubscription;
  let show = null;
  let currentScene = '';
  const questions = []; // newest first, at most 50
  let refreshTimer = 0;

  VitrineI18n.translatePage();
  document.title = t('remote.title');

  const socketUrl = () => (location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + '/';

  function toast(text) {
    const box = $('toast');
    box.textContent = text;
    box.classList.add('shown');
    clearTimeout(toast.timer);
    toast.timer = setTimeout(() => box.classList.remove('shown'), 2500);
  }

  // Every action goes through here: a refusal is said, never swallowed.
  function act(promise) {
    return promise.catch((error) => toast(t('remote.refused', { reason: error.message })));
  }

  function element(tag, props, children) {
    const el = Object.assign(document.createElement(tag), props || {});
    for (const child of children || []) el.append(child);
    return el;
  }

  function clock(ms) {
    const total = Math.max(0, Math.round(ms / 1000));
    const minutes = Math.floor(total / 60);
    const seconds = String(total % 60).padStart(2, '0');
    return minutes + ':' + seconds;
  }

  function money(item) {
    if (item.price === undefined || item.price === null) return '';
    const amount = Number(item.price);
    if (!item.currency || Number.isNaN(amount)) return String(item.price);
    return new Intl.NumberFormat(VitrineI18n.language(), { style: 'currency', currency: item.currency })
      .format(amount);
  }

  function renderScenes(list) {
    const box = $('scenes');
    box.replaceChildren();
    for (const scene of list) {
      const button = element('button', { textContent: scene.sceneName, className: 'secondary' });
      button.dataset.scene = scene.sceneName;
      if (scene.sceneName === currentScene) button.className = 'current';
      button.onclick = () => act(client.call('SetCurrentProgramScene', { sceneName: scene.sceneName }));
      box.append(button);
    }
  }

  function markScene(name) {
    currentScene = name;
    document.querySelectorAll('#scenes button').forEach((button) => {
      button.className = button.dataset.scene === name ? 'current' : 'secondary';
    });
  }

  function stockBadge(product) {
    if (product.soldOut) return element('span', { className: 'badge out', textContent: t('remote.soldOut') });
    if (typeof product.stock === 'number') {
      const low = product.stock <= (product.lowStockThreshold || 5);
      return element('span', { className: 'badge' + (low ? ' low' : ''), textContent: t('remote.left', { n: product.stock }) });
    }
    return element('span');
  }

  function pinnedSku() { return (show && (show.pinnedSku || (show.pinned && show.pinned.sku))) || ''; }

  function renderProducts() {
    const list = $('products');
    list.replaceChildren();
    const select = $('flash-sku');
    const chosen = select.value;
    select.replaceChildren();
    for (const product of show.products || []) {
      const onAir = product.sku === pinnedSku();
      const pin = element('button', { textContent: onAir ? t('remote.unpin') : t('remote.pin'),
                                      className: onAir ? 'secondary' : '' });
      pin.dataset.sku = product.sku;
      pin.onclick = () => {
        if (onAir) return act(client.vitrine('UnpinProduct'));
        const data = { sku: product.sku };
        if (product.soldOut) {
          if (!confirm(t('remote.confirmSoldOut', { title: product.title }))) return undefined;
          data.confirm = true;
        }
        return act(client.vitrine('PinProduct', data));
      };
      const what = element('div', { className: 'what' }, [
        product.title,
        element('small', { textContent: [money(product), product.claimCode, onAir ? t('remote.onAir') : '']
          .filter(Boolean).join(' · ') }),
      ]);
      const row = element('li', { className: onAir ? 'on-air' : '' }, [what, stockBadge(product), pin]);
      row.dataset.sku = product.sku;
      list.append(row);
      select.append(element('option', { value: product.sku, textContent: product.title }));
    }
    if (chosen) select.value = chosen;
  }

  function runningPromo() {
    if (!show) return null;
    if (show.promo && show.promo.code) return show.promo;
    if (show.runningPromo && typeof show.runningPromo === 'object') return show.runningPromo;
    if (show.runningPromo) return { code: show.runningPromo, endsAt: show.promoEndsAt };
    return null;
  }

  function renderPromos() {
    const list = $('promos');
    list.replaceChildren();
    const running = runningPromo();
    for (const promo of show.promos || []) {
      const on = running && running.code === promo.code;
      const button = element('button', { textContent: on ? t('remote.stop') : t('remote.start'),
                                         className: on ? 'secondary' : '' });
      button.dataset.code = promo.code;
      button.onclick = () => act(on ? client.vitrine('StopPromo') : client.vitrine('StartPromo', { code: promo.code }));
      const countdown = element('span', { className: 'countdown' });
      if (on && running.endsAt) countdown.dataset.endsAt = running.endsAt;
      const label = promo.label || promo.description || '';
      list.append(element('li', { className: on ? 'on-air' : '' }, [
        element('div', { className: 'what' }, [promo.code, element('small', { textContent: label })]),
        countdown, button]));
    }
  }

  function renderSegment() {
    const segments = (show.runOfShow && (show.runOfShow.segments || show.runOfShow)) || [];
    const index = show.segmentIndex !== undefined ? show.segmentIndex
      : (show.runOfShow && show.runOfShow.current !== undefined ? show.runOfShow.current : -1);
    const segment = Array.isArray(segments) && index >= 0 ? segments[index] : null;
    $('segment').textContent = segment ? (index + 1) + '/' + segments.length + ' — ' + segment.title
      : t('remote.notStarted');
    $('next-segment').disabled = Array.isArray(segments) && index + 1 >= segments.length;
  }

  function renderFlash() {
    const flash = show.flashSale;
    $('flash-stop').disabled = !flash;
    const state = $('flash-state');
    if (!flash) { state.textContent = ''; delete state.dataset.endsAt; return; }
    const product = (show.products || []).find((p) => p.sku === flash.sku);
    state.dataset.label = t('remote.flash') + ' — ' + (product ? product.title : flash.sku) + ' ';
    state.dataset.endsAt = flash.endsAt || '';
  }

  function renderQuestions() {
    const list = $('questions');
    list.replaceChildren();
    $('no-questions').hidden = questions.length > 0;
    for (const q of questions) {
      const buttons = [];
      if (q.id && q.platform) {
        const onScreen = element('button', { textContent: t('remote.showOnScreen'), className: 'secondary' });
        onScreen.onclick = () => act(client.vitrine('HighlightChatMessage', { platform: q.platform, id: q.id }));
        const answer = element('button', { textContent: t('remote.answer') });
        answer.onclick = () => {
          const text = prompt(t('remote.answerPrompt', { author: q.author }));
          if (text) act(client.vitrine('AnswerQuestion', { platform: q.platform, id: q.id, text }));
        };
        buttons.push(onScreen, answer);
      }
      const detail = q.claimSku ? t('remote.claim', { sku: q.claimSku }) : q.platform;
      list.append(element('li', {}, [
        element('div', { className: 'what' }, [q.text, element('small', { textContent: q.author + ' · ' + detail })]),
        ...buttons]));
    }
  }

  function render() {
    if (!show) return;
    $('show-title').textContent = show.title || show.showTitle || 'Vitrine';
    renderProducts();
    renderPromos();
    renderSegment();
    renderFlash();
    const notes = $('notes');
    if (document.activeElement !== notes && show.producerNotes !== undefined) notes.value = show.producerNotes;
    tick();
  }

  function tick() {
    const now = Date.now();
    document.querySelectorAll('#promos .countdown[data-ends-at]').forEach((el) => {
      el.textContent = clock(Date.parse(el.dataset.endsAt) - now);
    });
    const flash = $('flash-state');
    if (flash.dataset.endsAt) flash.textContent = flash.dataset.label + clock(Date.parse(flash.dataset.endsAt) - now);
  }

  function refreshShow() {
    clearTimeout(refreshTimer);
    refreshTimer = setTimeout(() => {
      client.vitrine('GetShow').then((data) => { show = data.show || data; render(); }).catch(() => {});
    }, 50);
  }

  function setOutput(id, active) {
    const pill = $(id);
    pill.classList.toggle('live', !!active);
    pill.classList.toggle('off', !active);
    if (id === 'live-state') pill.textContent = active ? t('remote.live') : t('remote.offAir');
    else pill.hidden = !active;
  }

  function addChat(kind, data) {
    const isClaim = /claim/i.test(kind);
    if (!isClaim && !(data.isQuestion || data.question)) return;
    questions.unshift({ id: data.id || data.messageId, platform: data.platform, author: data.author || '',
                        text: data.text || data.message || '', claimSku: isClaim ? data.sku : '' });
    questions.length = Math.min(questions.length, 50);
    renderQuestions();
  }

  client.onEvent = (type, data) => {
    if (type === 'CurrentProgramSceneChanged') markScene(data.sceneName);
    else if (type === 'SceneListChanged') client.call('GetSceneList').then((d) => renderScenes(d.scenes.slice().reverse()));
    else if (type === 'StreamStateChanged') setOutput('live-state', data.outputActive);
    else if (type === 'RecordStateChanged') setOutput('record-state', data.outputActive);
    else if (type === 'VendorEvent' && data.vendorName === 'vitrine') {
      if (data.eventType === 'ChatMessage' || data.eventType === 'ClaimRecorded')
        addChat(data.eventType, data.eventData || {});
      else if (!/^Chat/.test(data.eventType)) refreshShow();
    }
  };

  client.onClose = () => {
    $('connection').textContent = t('remote.lost');
    setTimeout(() => start(sessionStorage.getItem('vitrine-remote') || ''), 2000);
  };

  function start(password) {
    $('connection').textContent = t('remote.connecting');
    const wanted = subscriptions.General | subscriptions.Scenes | subscriptions.Outputs | subscriptions.Vendors;
    return client.connect(socketUrl(), password, wanted).then(() => {
      sessionStorage.setItem('vitrine-remote', password);
      $('login').hidden = true;
      $('panels').hidden = false;
      $('connection').textContent = '';
      return Promise.all([
        client.call('GetSceneList').then((d) => {
          currentScene = d.currentProgramSceneName;
          renderScenes(d.scenes.slice().reverse()); // obs lists scenes bottom-up
        }),
        client.call('GetStreamStatus').then((d) => setOutput('live-state', d.outputActive)),
        client.call('GetRecordStatus').then((d) => setOutput('record-state', d.outputActive)),
        client.vitrine('GetShow').then((d) => { show = d.show || d; render(); }),
      ]);
    }).catch((error) => {
      $('connection').textContent = '';
      $('login').hidden = false;
      $('panels').hidden = true;
      $('login-error').textContent = error && error.code === 4009 ? t('remote.wrongPassword') : t('remote.unreachable');
      sessionStorage.removeItem('vitrine-remote');
    });
  }

  $('login').onsubmit = (event) => {
    event.preventDefault();
    $('login-error').textContent = '';
    start($('password').value);
  };
  $('next-segment').onclick = () => act(client.vitrine('NextSegment'));
  $('send-notes').onclick = () =>
    act(client.vitrine('SetProducerNotes', { text: $('notes').value }).then(() => toast(t('remote.notesSent'))));
  $('flash').onsubmit = (event) => {
    event.preventDefault();
    act(client.vitrine('StartFlashSale', {
      sku: $('flash-sku').value,
      price: $('flash-price').value.replace(',', '.'),
      quantity: Number($('flash-quantity').value),
      minutes: Number($('flash-minutes').value),
      startsIn: Number($('flash-countdown').value),
    }));
  };
  $('flash-stop').onclick = () => act(client.vitrine('StopFlashSale'));
  setInterval(tick, 500);

  const saved = sessionStorage.getItem('vitrine-remote');
  if (saved !== null) start(saved);
})();
