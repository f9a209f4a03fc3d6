import { Role, roles } from '../../../domain/access';
import type { OidcSettings } from '../../../config/web';

/**
 * The role the identity provider's claim gives: each value (a string or a list of them) is looked up in the
 * role map, or taken as a role's own name; of several, the one first in `roles` (the widest) wins. Nothing
 * found gives the default role, or undefined: such a person is refused.
 */
export function providerRole(claim: unknown, settings: Pick<OidcSettings, 'roleMap' | 'defaultRole'>): Role | undefined {
  const values = (Array.isArray(claim) ? claim : [claim]).filter((v): v is string => typeof v === 'string');
  const given = new Set(
    values.flatMap((v) => {
      const mapped = Object.prototype.hasOwnProperty.call(settings.roleMap, v) ? settings.roleMap[v] : undefined;
      return mapped ? [mapped] : roles.includes(v as Role) ? [v as Role] : [];
    }),
  );
  return roles.find((role) => given.has(role)) ?? settings.defaultRole;
}
