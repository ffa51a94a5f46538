import { localPartOf } from './address';

/** Local parts that are mailing lists by convention (all@, staff@, team@, list@). */
const LIST_NAMES = new Set([
  'all', 'everyone', 'everybody', 'allstaff', 'all-staff', 'all_staff', 'staff', 'team', 'list', 'lists',
  'group', 'groups', 'dept', 'department', 'employees', 'members', 'distro', 'announce', 'announcements',
  'allusers', 'all-users', 'listserv', 'mailinglist', 'mailing-list',
]);
/** Prefixes and suffixes that mark a list when joined by a separator (dl-nursing@, nursing-all@, rn-l@). */
const LIST_PREFIX = /^(dl|all|list|team|staff|grp|group|dept)[-._]/;
const LIST_SUFFIX = /[-._](all|list|staff|team|group|grp|dl|l|everyone|dept)$/;

/** Why a recipient looks like a group or list, or undefined when it looks like one person. */
export function groupReason(address: string, isGroup?: boolean): 'adapter' | 'local_part' | undefined {
  if (isGroup) return 'adapter';
  const local = localPartOf(address).replace(/\+.*$/, '');
  if (!address.includes('@') || !local) return undefined;
  if (LIST_NAMES.has(local) || LIST_PREFIX.test(local) || LIST_SUFFIX.test(local)) return 'local_part';
  return undefined;
}
