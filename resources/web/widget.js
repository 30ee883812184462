// Vitrine's shop widget: the product being presented, clickable, next to a brand's player.
//
//   <div class="vitrine-widget" data-feed="https://relay.example/feed"></div>
//   <script src="https://relay.example/widget.js" defer></script>
//
// Live: it follows the studio's public feed (Server-Sent Events; the studio's /feed or a relay of it).
// Replay: with data-manifest="…replay.json" and data-video="#player" it follows the video's time through the
// shoppable-replay manifest instead. data-lang="en" for English (French by default).
'use strict';

(() => {
  const script = document.currentScript;
  const scriptOrigin = script && script.src ? new URL(script.src, location.href) : new URL(location.href);

  const words = {
    fr: { buy: 'Acheter', soldOut: 'Épuisé', low: 'Plus que quelques pièces', left: 'Plus que {n} en stock',
          inStock: 'En stock',
          promo: 'Code {code}', endsIn: 'fin dans {time}', waiting: 'Le direct va commencer.',
          offline: 'Flux indisponible, nouvel essai…', flash: 'Vente flash' },
    en: { buy: 'Buy', soldOut: 'Sold out', low: 'Only a few left', left: 'Only {n} left', inStock: 'In stock',
          promo: 'Code {code}',
          endsIn: 'ends in {time}', waiting: 'The live is about to start.',
          offline: 'Feed unavailable, trying again…', flash: 'Flash sale' },
  };

  const style = `
.vitrine-card{font:15px/1.35 system-ui,sans-serif;color:#111;background:#fff;border:1px solid #ddd;border-radius:12px;
  padding:12px;display:flex;gap:12px;align-items:center;max-width:420px;box-shadow:0 2px 8px #0001}
.vitrine-card img{width:96px;height:96px;object-fit:cover;border-radius:8px;background:#f3f3f3;flex:none}
.vitrine-card .v-body{flex:1;min-width:0}
.vitrine-card .v-title{font-weight:700;font-size:1.05em;margin:0 0 4px}
.vitrine-card .v-price{font-weight:700;font-size:1.2em}
.vitrine-card .v-was{text-decoration:line-through;color:#777;margin-left:6px;font-weight:400;font-size:.85em}
.vitrine-card .v-stock{font-size:.85em;color:#2a7a3b}.vitrine-card .v-stock.low{color:#b35c00}
.vitrine-card .v-stock.out{color:#c0262d}
.vitrine-card .v-buy{display:inline-block;margin-top:8px;padding:8px 18px;border-radius:8px;background:#111;color:#fff;
  text-decoration:none;font-weight:700}
.vitrine-card .v-buy[aria-disabled=true]{background:#999;pointer-events:none}
.vitrine-card .v-promo{margin-top:6px;font-size:.9em;font-weight:600;color:#c0262d;font-variant-numeric:tabular-nums}
.vitrine-card .v-note{color:#666}`;

  function install(root) {
    if (root.dataset.vitrineReady) return;
    root.dataset.vitrineReady = '1';
    const lang = (root.dataset.lang || document.documentElement.lang || 'fr').toLowerCase().startsWith('en') ? 'en' : 'fr';
    const t = (key, values) => Object.entries(values || {})
      .reduce((text, [name, value]) => text.split('{' + name + '}').join(value), words[lang][key]);
    const feedUrl = new URL(root.dataset.feed || '/feed', scriptOrigin).href;
    let state = null;   // the feed's last state (live), or the manifest's product at the video's time (replay)
    let manifest = null;

    const card = document.createElement('div');
    card.className = 'vitrine-card';
    root.replaceChildren(card);

    const clock = (ms) => {
      const total = Math.max(0, Math.round(ms / 1000));
      return Math.floor(total / 60) + ':' + String(total % 60).padStart(2, '0');
    };
    const money = (price, currency) => {
      const amount = Number(price);
      if (!currency || Number.isNaN(amount)) return price || '';
      return new Intl.NumberFormat(lang, { style: 'currency', currency }).format(amount);
    };

    function el(tag, className, text) {
      const node = document.createElement(tag);
      if (className) node.className = className;
      if (text !== undefined) node.textContent = text;
      return node;
    }

    function render() {
      const product = state && state.product;
      if (!product) {
        card.replaceChildren(el('span', 'v-note', state && state.offline ? t('offline') : t('waiting')));
        return;
      }
      const body = el('div', 'v-body');
      body.append(el('p', 'v-title', product.title));
      const flash = state.flashSale && state.flashSale.sku === product.sku ? state.flashSale : null;
      const price = el('div', 'v-price', money(flash ? flash.price : product.price, product.currency));
      const was = flash ? product.price : product.compareAtPrice;
      if (was) price.append(el('span', 'v-was', money(was, product.currency)));
      body.append(price);
      const level = product.stockLevel || '';
      const stock = el('div', 'v-stock' + (level === 'low' ? ' low' : level === 'sold-out' ? ' out' : ''),
                       level === 'sold-out' ? t('soldOut')
                         : level === 'low' ? (product.left ? t('left', { n: product.left }) : t('low'))
                         : level ? t('inStock') : '');
      body.append(stock);
      const buy = el('a', 'v-buy', t('buy'));
      buy.href = product.link || '#';
      buy.target = root.dataset.target || '_blank';
      buy.rel = 'noopener';
      if (!product.link || level === 'sold-out') buy.setAttribute('aria-disabled', 'true');
      body.append(buy);
      const countdown = el('div', 'v-promo');
      countdown.dataset.role = 'countdown';
      body.append(countdown);
      const children = [];
      if (product.image) {
        const image = el('img');
        image.src = new URL(product.image, feedUrl).href;
        image.alt = product.title;
        children.push(image);
      }
      children.push(body);
      card.replaceChildren(...children);
      tick();
    }

    function tick() {
      const countdown = card.querySelector('[data-role=countdown]');
      if (!countdown || !state) return;
      const now = manifest ? null : Date.now();
      const flash = state.flashSale;
      const promo = state.promo;
      if (flash && flash.endsAt && now !== null) {
        countdown.textContent = t('flash') + ' · ' + t('endsIn', { time: clock(Date.parse(flash.endsAt) - now) });
      } else if (promo && promo.code) {
        const ends = promo.endsAt && now !== null ? ' · ' + t('endsIn', { time: clock(Date.parse(promo.endsAt) - now) }) : '';
        countdown.textContent = t('promo', { code: promo.code }) + ends;
      } else {
        countdown.textContent = '';
      }
    }

    // The feed's state, whatever its version adds: the pinned product, the promo, the flash sale.
    function fromFeed(feed) {
      return { product: feed.pinned || feed.product || null, promo: feed.promo || null,
               flashSale: feed.flashSale || null, seq: feed.seq };
    }

    function followFeed() {
      const source = new EventSource(feedUrl);
      source.addEventListener('state', (event) => {
        try { state = fromFeed(JSON.parse(event.data)); } catch (e) { return; }
        render();
      });
      source.onerror = () => {
        if (source.readyState === EventSource.CLOSED) setTimeout(followFeed, 3000);
        if (!state || !state.product) { state = { offline: true }; render(); }
      };
    }

    // Replay: the product whose range holds the video's time, and the promo window around it.
    function followReplay(video) {
      const at = () => video.currentTime * 1000;
      const update = () => {
        const ms = at();
        const range = (manifest.products || []).find((r) => ms >= r.startMs && ms < r.endMs);
        const promo = (manifest.promos || []).find((p) => ms >= p.startMs && ms < p.endMs);
        const key = (range ? range.sku + range.startMs : '') + '|' + (promo ? promo.code : '');
        if (key === followReplay.key) return;
        followReplay.key = key;
        state = { product: range || null, promo: promo ? { code: promo.code } : null };
        render();
      };
      video.addEventListener('timeupdate', update);
      video.addEventListener('seeked', update);
      update();
    }

    if (root.dataset.manifest) {
      const video = document.querySelector(root.dataset.video || 'video');
      fetch(new URL(root.dataset.manifest, location.href)).then((r) => r.json()).then((json) => {
        manifest = json;
        if (video) followReplay(video);
      });
    } else {
      followFeed();
    }
    setInterval(tick, 500);
    render();
  }

  const sheet = document.createElement('style');
  sheet.textContent = style;
  document.head.append(sheet);
  const start = () => document.querySelectorAll('.vitrine-widget').forEach(install);
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
