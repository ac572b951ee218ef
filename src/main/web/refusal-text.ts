import { inBothLangs } from '../../shared/both-langs';

/** The refusals browser mode answers over HTTP, by their `api:web.*` key. */
export type WebRefusal =
  | 'foreignHost'
  | 'foreignOrigin'
  | 'foreignSite'
  | 'launchUsed'
  | 'wrongLaunch'
  | 'needSession'
  | 'otherUser'
  | 'tooMany'
  | 'onlyPost'
  | 'noWebSocket'
  | 'badAddress'
  | 'onlyGet'
  | 'notFound'
  | 'internal';

/**
 * A refusal in Japanese, then English: it is read before the page could pick a language, by someone whose
 * browser may speak either, so the server does not guess from `Accept-Language` (issue 15).
 */
export function refusalText(key: WebRefusal): string {
  return inBothLangs((t) => t(`api:web.${key}`));
}
