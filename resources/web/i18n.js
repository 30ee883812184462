// The pages' words in French and English. The language is the page's `?lang=` when given, else the browser's;
// French unless the browser asks for English.
'use strict';

const VitrineI18n = (() => {
  const words = {
    fr: {
      'remote.title': 'Vitrine — régie',
      'remote.password': 'Mot de passe de la régie',
      'remote.connect': 'Se connecter',
      'remote.connecting': 'Connexion…',
      'remote.wrongPassword': 'Mot de passe refusé.',
      'remote.unreachable': 'Le studio ne répond pas. Vérifiez l’adresse et que la régie à distance est activée.',
      'remote.lost': 'Connexion au studio perdue. Nouvel essai…',
      'remote.live': 'En direct',
      'remote.offAir': 'Hors antenne',
      'remote.recording': 'Enregistrement',
      'remote.scenes': 'Scènes',
      'remote.products': 'Produits',
      'remote.pin': 'Épingler',
      'remote.unpin': 'Retirer',
      'remote.onAir': 'À l’antenne',
      'remote.soldOut': 'Épuisé',
      'remote.left': 'reste {n}',
      'remote.confirmSoldOut': '« {title} » est épuisé. L’épingler quand même ?',
      'remote.promos': 'Codes promo',
      'remote.start': 'Lancer',
      'remote.stop': 'Arrêter',
      'remote.flash': 'Vente flash',
      'remote.flashPrice': 'Prix',
      'remote.flashQuantity': 'Quantité',
      'remote.flashMinutes': 'Minutes',
      'remote.flashCountdown': 'Compte à rebours (s)',
      'remote.runOfShow': 'Conducteur',
      'remote.next': 'Segment suivant',
      'remote.notStarted': 'Pas encore commencé',
      'remote.questions': 'Questions et réservations',
      'remote.noQuestions': 'Aucune question pour l’instant.',
      'remote.showOnScreen': 'À l’écran',
      'remote.answer': 'Répondre',
      'remote.answerPrompt': 'Réponse à {author} :',
      'remote.claim': 'réserve {sku}',
      'remote.notes': 'Notes pour le présentateur',
      'remote.sendNotes': 'Envoyer au présentateur',
      'remote.notesSent': 'Notes envoyées.',
      'remote.refused': 'Refusé : {reason}',
    },
    en: {
      'remote.title': 'Vitrine — producer remote',
      'remote.password': 'Remote password',
      'remote.connect': 'Connect',
      'remote.connecting': 'Connecting…',
      'remote.wrongPassword': 'Password refused.',
      'remote.unreachable': 'The studio does not answer. Check the address and that the remote is on.',
      'remote.lost': 'Connection to the studio lost. Trying again…',
      'remote.live': 'Live',
      'remote.offAir': 'Off air',
      'remote.recording': 'Recording',
      'remote.scenes': 'Scenes',
      'remote.products': 'Products',
      'remote.pin': 'Pin',
      'remote.unpin': 'Unpin',
      'remote.onAir': 'On air',
      'remote.soldOut': 'Sold out',
      'remote.left': '{n} left',
      'remote.confirmSoldOut': '“{title}” is sold out. Pin it anyway?',
      'remote.promos': 'Promo codes',
      'remote.start': 'Start',
      'remote.stop': 'Stop',
      'remote.flash': 'Flash sale',
      'remote.flashPrice': 'Price',
      'remote.flashQuantity': 'Quantity',
      'remote.flashMinutes': 'Minutes',
      'remote.flashCountdown': 'Countdown (s)',
      'remote.runOfShow': 'Run of show',
      'remote.next': 'Next segment',
      'remote.notStarted': 'Not started yet',
      'remote.questions': 'Questions and claims',
      'remote.noQuestions': 'No questions yet.',
      'remote.showOnScreen': 'Show on screen',
      'remote.answer': 'Answer',
      'remote.answerPrompt': 'Answer to {author}:',
      'remote.claim': 'claims {sku}',
      'remote.notes': 'Notes for the presenter',
      'remote.sendNotes': 'Send to the presenter',
      'remote.notesSent': 'Notes sent.',
      'remote.refused': 'Refused: {reason}',
    },
  };

  function pickLanguage(explicit) {
    const asked = explicit || new URLSearchParams(location.search).get('lang') || navigator.language || 'fr';
    return asked.toLowerCase().startsWith('en') ? 'en' : 'fr';
  }

  let language = pickLanguage();

  function t(key, values) {
    let text = (words[language] && words[language][key]) || words.fr[key] || key;
    for (const [name, value] of Object.entries(values || {})) text = text.split('{' + name + '}').join(String(value));
    return text;
  }

  // Fills every element carrying data-i18n (its text) or data-i18n-placeholder.
  function translatePage(root) {
    document.documentElement.lang = language;
    (root || document).querySelectorAll('[data-i18n]').forEach((el) => { el.textContent = t(el.dataset.i18n); });
    (root || document).querySelectorAll('[data-i18n-placeholder]').forEach((el) => {
      el.placeholder = t(el.dataset.i18nPlaceholder);
    });
  }

  return { t, translatePage, setLanguage: (lang) => { language = pickLanguage(lang); }, language: () => language };
})();
