// The team's template library: one entry per template (the whole record with its version history)
// in a document only leads may write. A lead's library writes go to the team; everyone's library
// follows the team's. An agent's own drafts (ids the team does not have) stay on their machine.
import type { CarelineDB } from '../db/database';
import { Template } from '../model';
import type { DexieWatch } from './dexie-watch';
import { canWrite } from './doc-names';
import { LOCAL_ORIGIN } from './queue-sync';
import type { TeamConfig } from './team-config';
import { libraryTemplates, type TeamDocs } from './team-docs';

export class LibrarySync {
  constructor(
    private readonly d: { db: CarelineDB; docs: TeamDocs; watch: DexieWatch; config: TeamConfig; onTemplates: () => void },
  ) {}

  private get map() {
    return libraryTemplates(this.d.docs);
  }

  start(): void {
    const { db, watch, config } = this.d;
    this.map.observe((e) => {
      if (e.transaction.origin !== LOCAL_ORIGIN) void this.apply([...e.keysChanged]);
    });
    if (!canWrite(config.role, 'library')) return;
    watch.watch(db.templates, (writes) => {
      this.d.docs.library.transact(() => {
        for (const w of writes) {
          if (w.after) this.map.set(w.key, JSON.stringify(w.after));
          else this.map.delete(w.key);
        }
      }, LOCAL_ORIGIN);
    });
  }

  /** Once synced: the team's library here; a lead's templates the team lacks go to the team. */
  async initial(seed: boolean): Promise<void> {
    if (seed && canWrite(this.d.config.role, 'library')) {
      const local = await this.d.db.templates.toArray();
      this.d.docs.library.transact(() => {
        for (const t of local) if (!this.map.has(t.id)) this.map.set(t.id, JSON.stringify(t));
      }, LOCAL_ORIGIN);
    }
    await this.apply([...this.map.keys()]);
  }

  private async apply(ids: string[]): Promise<void> {
    const { db, watch } = this.d;
    const changed = await watch.quietly([db.templates], async () => {
      let n = 0;
      const locals = await db.templates.bulkGet(ids);
      for (const [i, id] of ids.entries()) {
        const raw = this.map.get(id);
        if (raw === undefined) {
          if (locals[i]) {
            await db.templates.delete(id);
            n++;
          }
          continue;
        }
        const t = parseTemplate(raw);
        if (!t || t.id !== id) continue;
        if (locals[i] && JSON.stringify(locals[i]) === JSON.stringify(t)) continue;
        await db.templates.put(t);
        n++;
      }
      return n;
    });
    if (changed) this.d.onTemplates();
  }
}

function parseTemplate(raw: string): Template | null {
  try {
    const r = Template.safeParse(JSON.parse(raw));
    return r.success ? r.data : null;
  } catch {
    return null;
  }
}
