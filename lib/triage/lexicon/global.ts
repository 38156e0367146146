// Signals that read the same in every language: emoji, emoticons and the English internet words
// people mix into French, German, Spanish and Croatian posts.
import type { Lexicon } from './types';

export const GLOBAL: Lexicon = {
  positive: [
    '<smile>', '<laugh>', '<heart>', '😀', '😃', '😄', '😁', '😆', '😊', '☺', '🙂', '😍', '🥰', '😘', '😻', '❤', '💕', '💖', '💗',
    '💙', '💚', '💛', '💜', '🧡', '💓', '💞', '👍', '👏', '🙌', '🎉', '🥳', '✨', '🌟', '⭐', '💯', '😂', '🤣', '😎', '🤗', '💪', '😉',
    '😋', '🤩', '☀', '🌞', '🎊', '🏆', '🥇', '✌', '👌', '🤝', '🥹',
  ],
  negative: [
    '<frown>', '😞', '😔', '😟', '😕', '🙁', '☹', '😣', '😖', '😫', '😩', '😢', '😭', '😤', '😠', '😡', '🤬', '👎', '💔', '😒', '🙄',
    '😑', '🤮', '🤢', '😱', '😨', '😰', '😥', '😓', '😪', '🤦', '🤷', 'ugh', 'smh', 'fail', 'epic fail',
  ],
  thanks: ['🙏', 'thx', 'thanks', 'thank you'],
  abuse: ['🖕', 'fuck you', 'fuck off', 'stfu', 'idiot', 'idiots'],
  profanity: ['fuck', 'fucking', 'shit', 'wtf', 'omfg', 'ffs'],
  spam_giveaway: ['🎁', 'giveaway', 'win free'],
  spam_scam: ['🤑', '💸', 'link in bio', 'onlyfans', 'promo code', 'click here'],
  spam_crypto: [
    '🚀', '💰', 'crypto', 'bitcoin', 'btc', 'eth', 'nft', 'nfts', 'airdrop', 'usdt', 'binance', 'presale', 'memecoin',
  ],
  spam_follow: [
    'follow back', 'followback', 'f4f', 'follow4follow', 'teamfollowback', 'ifb', 'like4like', 'l4l', 's4s',
  ],
};
