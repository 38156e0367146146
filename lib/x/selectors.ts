// Every CSS selector Careline uses on X's pages lives here and nowhere else, so that when X
// changes its markup there is one file to fix (and one conformance suite that says so).
// docs/x-page.md explains what each one is for and which samples in ../shared/x-markup show it.

/** X's React app stamps its components with data-testid; these are the ones Careline reads. */
export const SELECTORS = {
  // --- timeline structure ---
  /** A virtualised timeline row; X removes it when it scrolls far off screen and re-creates it. */
  cell: '[data-testid="cellInnerDiv"]',
  /** Any article: posts, and X's placeholders for deleted / withheld posts (no data-testid). */
  article: 'article',
  /** A post. Quoted posts are not articles; unavailable quoted posts are articles nested in one. */
  post: 'article[data-testid="tweet"]',

  // --- inside a post ---
  /** Display name, @handle and time; the first one is the author's, a quote adds a second. */
  userName: '[data-testid="User-Name"]',
  /** The post's text (`lang` attribute, emoji as <img alt>); absent on media-only posts. */
  tweetText: '[data-testid="tweetText"]',
  /** "Alice reposted" (a link to the reposter), "Pinned", or a community name above the post. */
  socialContext: '[data-testid="socialContext"]',
  /** The time element X links to the post's permalink. */
  timeWithDatetime: 'time[datetime]',
  /** Links whose path carries a status id. */
  statusLink: 'a[href*="/status/"]',
  /** A quoted post: a div acting as one big link around the quote's own User-Name. */
  quoteContainer: 'div[role="link"]',
  /** Link cards and polls: their text is not the post's. */
  card: '[data-testid="card.wrapper"], [data-testid="cardPoll"]',
  /** Community notes under a post. */
  communityNote: '[data-testid="birdwatch-pivot"]',
  /** Media block of a post. */
  media: '[data-testid="tweetPhoto"]',
  /** The reply / repost / like bar. */
  actionBar: '[role="group"]',
  /** The reply button in that bar: starting a reply makes the post the one in focus. */
  replyButton: '[data-testid="reply"]',
  /** X wraps promoted posts in a placement tracker. (It wraps videos in one too, inside the post.) */
  placementTracking: '[data-testid="placementTracking"]',
  /** The "More" (…) button at the end of a post's header row. */
  caret: '[data-testid="caret"]',

  // --- the app around the timeline ---
  /** The signed-in account's profile link in the left navigation. */
  profileLink: '[data-testid="AppTabBar_Profile_Link"]',
  /** The account button at the foot of the navigation: avatar, display name and @handle. */
  accountSwitcher: '[data-testid="SideNav_AccountSwitcher_Button"]',

  // --- composers (lib/x/composer-*.ts) ---
  /** The Draft.js editor of the reply / post composer (inline or in the dialog). */
  replyEditor: '[data-testid="tweetTextarea_0"]',
  /** X's send buttons: in the compose dialog and inline under a conversation. */
  postButtons: '[data-testid="tweetButton"], [data-testid="tweetButtonInline"]',
  /** The message composer of X Chat (/i/chat), a plain textarea. */
  chatComposer: 'textarea[data-testid="dm-composer-textarea"], [data-testid="dmComposerTextInput"] textarea, textarea[placeholder]',
  /** X Chat's send button (today's X shows it only once the message box has text). */
  chatSendButton: '[data-testid="dm-composer-send-button"]',
  /** The passcode field of X Chat's lock screen (/i/chat/pin), by shape: X's words vary with the UI language. */
  chatPasscode: 'input[type="password"], input[autocomplete="one-time-code"]',
  /** The compose / reply dialog; the post being replied to is an article inside it. */
  composeDialog: '[role="dialog"]',
  /** One Draft.js block (a line) inside the reply editor. */
  editorBlock: '[data-block="true"]',
  /** Profile links ("Replying to @a @b"): a path of one segment. */
  handleLink: 'a[href^="/"]',
} as const;

/**
 * Words X prints where a promoted post has its timestamp, in the UI languages Careline supports
 * and a few neighbours. Matched against a whole text node, never a substring.
 */
export const PROMOTED_LABELS: readonly string[] = [
  'Ad',
  'Promoted',
  'Sponsorisé',
  'Publicité',
  'Oglas',
  'Sponzorirano',
  'Promovirano',
  'Anuncio',
  'Promocionado',
  'Anzeige',
  'Gesponsert',
];
