/**
 * Site template learning: a site's furniture repeats from page to page, so a block seen at the
 * same place on most of the site's other recent pages is boilerplate, whatever it is called.
 *
 * @packageDocumentation
 */

export {
  mayRemoveFrom,
  recurringThreshold,
  recursOnSite,
  removeTemplateBlocks,
} from './apply.ts';
export {
  descriptionFingerprint,
  imageFingerprint,
  normalizeBlockText,
  type PageBlock,
  pageBlocks,
} from './blocks.ts';
export {
  isUsable,
  MAX_PAGE_FINGERPRINTS,
  MIN_TEMPLATE_PAGES,
  PROFILE_PAGES,
  type ProfilePage,
  recordPage,
  type SiteProfile,
  type SiteTemplate,
  siteOf,
  templateFor,
} from './profile.ts';
