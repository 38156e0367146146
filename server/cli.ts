// `npm run team-server -- <command>`: create a team, serve it, manage its invites and members.
// Commands that answer print JSON (one line per record) so scripts can read them.
import { parseArgs } from 'node:util';
import { TeamRole } from '../lib/team/doc-names';
import { DEFAULT_PORT, startTeamServer } from './start';
import { TeamStore } from './team-store';
import { signInvite } from './tokens';

const DAY = 86_400_000;

const USAGE = `Careline team server

  team-server init --data DIR --name "Team name" [--url ws://HOST:PORT] [--days 7]
      creates a team; prints {"team":…,"leadInvite":…,"agentInvite":…}
  team-server start --data DIR [--port ${DEFAULT_PORT}] [--host 127.0.0.1] [--redis redis://127.0.0.1:6379]
      serves every team in DIR until stopped (Ctrl-C); with --redis several instances share DIR
  team-server invite --data DIR --role agent|lead [--days 7] [--team ID]
  team-server invites --data DIR [--team ID]        lists invites, one JSON line each
  team-server members --data DIR [--team ID]        lists members, one JSON line each
  team-server revoke --data DIR ID                  revokes an invite (i_…) or a member (m_…)
  team-server teams --data DIR                      lists the teams in DIR`;

class UsageError extends Error {}

const print = (v: unknown) => process.stdout.write(JSON.stringify(v) + '\n');

function need(value: string | undefined, flag: string): string {
  if (!value) throw new UsageError(`${flag} is required`);
  return value;
}

function positive(value: string | undefined, flag: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new UsageError(`${flag} must be a positive number`);
  return n;
}

/** The one team in DIR, or the one --team names. */
function pickTeam(store: TeamStore, id: string | undefined) {
  const teams = store.teams();
  const team = id ? teams.find((t) => t.id === id) : teams.length === 1 ? teams[0] : undefined;
  if (!team) throw new UsageError(id ? `no team ${id} in ${store.dataDir}` : `${store.dataDir} holds ${teams.length} teams: pass --team ID`);
  return store.team(team.id)!;
}

async function main(argv: string[]): Promise<void> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      data: { type: 'string' },
      name: { type: 'string' },
      url: { type: 'string' },
      days: { type: 'string' },
      port: { type: 'string' },
      host: { type: 'string' },
      redis: { type: 'string' },
      role: { type: 'string' },
      team: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [command, arg] = positionals;
  if (!command || values.help) {
    console.log(USAGE);
    return;
  }
  const dataDir = need(values.data, '--data');
  const now = Date.now();

  if (command === 'start') {
    const port = positive(values.port, '--port', DEFAULT_PORT);
    const running = await startTeamServer({ dataDir, port, host: values.host, redis: values.redis });
    console.log(`Careline team server: listening on ${running.url} (data in ${dataDir}${values.redis ? `, Redis ${values.redis}` : ''})`);
    const stop = async () => {
      await running.stop();
      process.exit(0);
    };
    for (const sig of ['SIGINT', 'SIGTERM'] as const) process.once(sig, () => void stop());
    return;
  }

  const store = new TeamStore(dataDir);
  try {
    switch (command) {
      case 'init': {
        const name = need(values.name?.trim(), '--name');
        const url = values.url ?? `ws://127.0.0.1:${DEFAULT_PORT}`;
        if (!/^wss?:\/\/[^\s/?#]+/.test(url)) throw new UsageError('--url must look like ws://HOST:PORT');
        const expiresAt = now + positive(values.days, '--days', 7) * DAY;
        const team = store.createTeam(name, url, now);
        const lead = store.createInvite(team.id, 'lead', expiresAt, 'init', now);
        const agent = store.createInvite(team.id, 'agent', expiresAt, 'init', now);
        print({
          team: { id: team.id, name: team.name, url: team.url },
          leadInvite: await signInvite(team, lead),
          agentInvite: await signInvite(team, agent),
        });
        return;
      }
      case 'invite': {
        const role = TeamRole.safeParse(values.role);
        if (!role.success) throw new UsageError('--role must be agent or lead');
        const team = pickTeam(store, values.team);
        const invite = store.createInvite(team.id, role.data, now + positive(values.days, '--days', 7) * DAY, 'cli', now);
        print({ id: invite.id, role: invite.role, expiresAt: new Date(invite.expiresAt).toISOString(), invite: await signInvite(team, invite) });
        return;
      }
      case 'invites':
        for (const i of store.invites(pickTeam(store, values.team).id)) print(i);
        return;
      case 'members':
        for (const m of store.members(pickTeam(store, values.team).id)) print(m);
        return;
      case 'teams':
        for (const t of store.teams()) print(t);
        return;
      case 'revoke': {
        const id = need(arg, 'the invite or member id');
        const owner = store.ownerOf(id);
        if (!owner) throw new UsageError(`no invite or member ${id} in ${dataDir}`);
        const done = owner.kind === 'invite' ? store.revokeInvite(owner.teamId, id, now) : store.revokeMember(owner.teamId, id, now);
        print({ id, kind: owner.kind, revoked: done });
        return;
      }
      default:
        throw new UsageError(`unknown command ${command}`);
    }
  } finally {
    store.close();
  }
}

main(process.argv.slice(2)).catch((err: unknown) => {
  if (err instanceof UsageError || (err instanceof Error && 'code' in err && String(err.code).startsWith('ERR_PARSE_ARGS'))) {
    console.error(`team-server: ${err.message}\n\n${USAGE}`);
    process.exit(2);
  }
  console.error('team-server:', err instanceof Error ? err.message : err);
  process.exit(1);
});
