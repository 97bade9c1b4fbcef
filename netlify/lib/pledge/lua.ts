/**
 * The Lua scripts behind every pledge operation. Each runs atomically inside Redis, as one
 * command and one round trip: no read-then-write races, whatever the concurrency.
 *
 * Named interface: each script is one descriptor that names its keys and arguments (`keys`,
 * `args`, in order). `luaSource` writes the script's first lines from it
 * (`local dedupe_key = KEYS[3]`, `local rate_limit = tonumber(ARGV[2])`) and the body uses only
 * those names; `luaCall` builds KEYS and ARGV from an object with one property per name, so a
 * missing, misspelt or mistyped name does not compile and the order cannot be wrong.
 *
 * The data layout (see keys.ts) is built so few commands run: the counts, the feed's entries and
 * their hug and report counts live in one hash. The public reads need no script: one HMGET
 * answers the stats, and two a page of the feed with its hugs (service.ts).
 *
 * Written for Lua 5.1 (Redis) and 5.3 (the embedded store's interpreter): integers only, no
 * cjson, ids formatted with %d, no `false` inside a reply (the embedded store does not turn it
 * into nil; '' stands for "absent"), every table reply a table constructor (the embedded store
 * cannot convert a table filled in after it was made, so a list of variable length is sent as
 * one string of lines, see HIDDEN_LUA), and a missing hash field tested with `present` (HMGET
 * gives false on Redis but a truthy userdata on the embedded store).
 *
 * The write scripts answer with one JSON text (`["created",7,"",…]`), which the client decodes
 * with one JSON.parse: an array reply has each of its strings tried as JSON, and every word that
 * is not JSON ("created") costs a thrown exception, which the profile found a tenth of a
 * pledge's time in Node. Ids are digits and stored entries are JSON, so the text is JSON.
 */
import { PLEDGE_KINDS } from "../../../common/pledge/vocabulary";

type ArgType = "string" | "number";

/** A script's interface: its keys and arguments by name, in the order Redis receives them. */
export interface LuaScript<K extends string = string, A extends Record<string, ArgType> = Record<string, ArgType>> {
  readonly name: string;
  readonly keys: readonly K[];
  readonly args: A;
  /** Reads only: run with EVALSHA_RO, and flagged no-writes where flags are used. */
  readonly readonly: boolean;
  /** The script after its named locals. */
  readonly body: string;
}

export type LuaKeys<S> = S extends LuaScript<infer K, infer _A> ? Record<K, string> : never;
export type LuaArgs<S> =
  S extends LuaScript<infer _K, infer A> ? { [P in keyof A]: A[P] extends "number" ? number : string } : never;

const defineLua = <const K extends string, const A extends Record<string, ArgType>>(
  script: LuaScript<K, A>,
): LuaScript<K, A> => script;

/**
 * How the script text starts on each store. Upstash runs a script under a global lock unless its
 * shebang says `allow-key-locking` (then only the keys in KEYS are locked, and every key the
 * script touches must be in KEYS, as all of these are). Redis 7.0 refuses that flag, and the
 * embedded store does not read shebangs, so they get the plain text.
 */
export type LuaFlavour = "redis" | "upstash";

/** The first lines of a script: one local per key and argument, named as in its descriptor. */
export const luaPrelude = (script: LuaScript): string => {
  const keys = script.keys.map((name, i) => `local ${name} = KEYS[${i + 1}]`);
  const args = Object.entries(script.args).map(([name, type], i) =>
    type === "number" ? `local ${name} = tonumber(ARGV[${i + 1}])` : `local ${name} = ARGV[${i + 1}]`,
  );
  return [...keys, ...args].join("\n");
};

/**
 * The body as sent: without comment lines, indentation and blank lines. Redis compiles a script
 * once, but the embedded store compiles it on every call, and its time grows with the text.
 */
const compact = (body: string): string =>
  body
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "" && !line.startsWith("--"))
    .join("\n");

export const luaSource = (script: LuaScript, flavour: LuaFlavour): string => {
  const flags = script.readonly ? "no-writes,allow-key-locking" : "allow-key-locking";
  const shebang = flavour === "upstash" ? `#!lua flags=${flags}\n` : "";
  return `${shebang}${luaPrelude(script)}\n${compact(script.body)}`;
};

/**
 * KEYS and ARGV for one call, in the descriptor's order, from named values. The types stop a
 * missing, unknown or mistyped name at compile time; a value that slips through (a cast) is
 * refused here rather than sent in the wrong place.
 */
export const luaCall = <S extends LuaScript>(
  script: S,
  keys: LuaKeys<S>,
  args: LuaArgs<S>,
): { keys: string[]; args: string[] } => {
  const names = namesOf(script);
  return {
    keys: pick(script, keys as Record<string, unknown>, names.keys, "key"),
    args: pick(script, args as Record<string, unknown>, names.args, "argument"),
  };
};

/** A script's key and argument names, worked out once per script rather than on every call. */
const names = new WeakMap<LuaScript, { keys: NameList; args: NameList }>();
type NameList = { list: readonly string[]; set: ReadonlySet<string> };
const nameList = (list: readonly string[]): NameList => ({ list, set: new Set(list) });
const namesOf = (script: LuaScript) => {
  let found = names.get(script);
  if (!found) {
    found = { keys: nameList(script.keys), args: nameList(Object.keys(script.args)) };
    names.set(script, found);
  }
  return found;
};

const pick = (script: LuaScript, values: Record<string, unknown>, names: NameList, what: string): string[] => {
  // A loop over the names rather than a filtered list of them: this runs on every write.
  for (const name in values) {
    if (!names.set.has(name) && Object.hasOwn(values, name)) {
      const unknown = Object.keys(values).filter((key) => !names.set.has(key));
      throw new TypeError(`${script.name} script: unknown ${what} ${unknown.join(", ")}`);
    }
  }
  return names.list.map((name) => {
    const value = values[name];
    if (typeof value === "string") return value;
    if (typeof value !== "number") throw new TypeError(`${script.name} script: ${what} ${name} is missing`);
    return String(value);
  });
};

/** Helpers shared by the scripts. */
const COMMON = `
local unpack = table.unpack or unpack
local function present(value) return type(value) == 'string' end
local kinds = {${PLEDGE_KINDS.map((kind) => `'${kind}'`).join(", ")}}
`;

/**
 * A fixed window shared by the write scripts: one hash per window holds every client's count
 * (field "action:ip hash"), so a check is one HINCRBY. A client's first write in a window
 * (count 1) gives the window's hash its expiry: the write that creates the hash is always one,
 * even when an instance whose clock runs behind writes to a window that has already expired, so
 * the hash never lives without an expiry. (It used to be set once per window, which such a late
 * write could miss.) Returns true when the client is over its limit.
 */
const RATE_LIMIT = `
local function rate_limited()
  local used = redis.call('HINCRBY', rate_key, rate_field, 1)
  if used == 1 then redis.call('PEXPIRE', rate_key, rate_ttl_ms) end
  return used > rate_limit
end
`;

/** The count fields of a day: one per kind. */
const DAY_FIELDS = `
local function day_fields(day)
  local fields = {}
  for i, kind in ipairs(kinds) do fields[i] = 'd:' .. day .. ':' .. kind end
  return fields
end
local function sum(values, from)
  local total = 0
  for i = from, from + #kinds - 1 do total = total + (tonumber(values[i]) or 0) end
  return total
end
-- The counts of an answer, as JSON numbers: today, today by kind, yesterday, total.
local function counts(today_counts, yesterday, total)
  return sum(today_counts, 1) .. ',' .. table.concat(today_counts, ',') .. ',' .. yesterday .. ',' .. total
end
`;

/**
 * Pledge: rate limit, one pledge per device (or visitor) per date, the count, the feed entry,
 * and fresh stats in the answer. 4 commands when created (HMGET, HINCRBY, SET, HSET), 5 when
 * already pledged; one more (PEXPIRE) on a client's first action in a rate window, and one or two
 * more once per site day and per trim batch.
 * Reply: {"limited"} | {"already", id, entry JSON or '', counts…} | {"created", id, '', counts…}
 * with counts: today, today by kind (in PLEDGE_KINDS' order), yesterday, total.
 */
export const PLEDGE_LUA = defineLua({
  name: "pledge",
  keys: ["pledges_key", "rate_key", "dedupe_key", "hidden_key"],
  args: {
    rate_field: "string",
    rate_limit: "number",
    rate_ttl_ms: "number",
    dedupe_ttl_s: "number",
    kind: "string",
    entry_json: "string",
    today: "string",
    yesterday: "string",
    keep_from: "string",
    history: "number",
    trim_batch: "number",
  },
  readonly: false,
  body: `${COMMON}${RATE_LIMIT}${DAY_FIELDS}
local fields = {'seq', 'trimmed', 'days'}
for _, field in ipairs(day_fields(today)) do fields[#fields + 1] = field end
for _, field in ipairs(day_fields(yesterday)) do fields[#fields + 1] = field end
local now = redis.call('HMGET', pledges_key, unpack(fields))
if rate_limited() then return '["limited"]' end
local today_counts = {}
for i = 1, #kinds do today_counts[i] = tonumber(now[3 + i]) or 0 end
local seq = tonumber(now[1]) or 0
local id = string.format('%d', seq + 1)

if not redis.call('SET', dedupe_key, id, 'NX', 'EX', dedupe_ttl_s) then
  local existing = redis.call('GET', dedupe_key)
  local entry = redis.call('HMGET', pledges_key, 'e:' .. existing, 'x:' .. existing)
  local stored = '""'
  if present(entry[1]) then stored = entry[1] elseif present(entry[2]) then stored = entry[2] end
  return '["already",' .. existing .. ',' .. stored .. ',' .. counts(today_counts, sum(now, 4 + #kinds), seq) .. ']'
end

local first_today = sum(today_counts, 1) == 0
local writes = {'seq', id, 'e:' .. id, entry_json}
for i, k in ipairs(kinds) do
  if k == kind then
    today_counts[i] = today_counts[i] + 1
    writes[#writes + 1] = 'd:' .. today .. ':' .. k
    writes[#writes + 1] = string.format('%d', today_counts[i])
  end
end
-- The first pledge of a site day drops the counts of days before keep_from ('days' lists the
-- days that have counts, oldest first).
if first_today then
  local old, kept = {}, {}
  if present(now[3]) then
    for day in string.gmatch(now[3], '[^ ]+') do
      if day < keep_from then
        for _, field in ipairs(day_fields(day)) do old[#old + 1] = field end
      elseif day ~= today then
        kept[#kept + 1] = day
      end
    end
  end
  if #old > 0 then redis.call('HDEL', pledges_key, unpack(old)) end
  kept[#kept + 1] = today
  writes[#writes + 1] = 'days'
  writes[#writes + 1] = table.concat(kept, ' ')
end
-- Keep the newest history only: everything about older ids is deleted, hidden entries too.
-- In batches, so that a trim costs two commands per trim_batch pledges, not per pledge.
local trimmed = tonumber(now[2]) or 0
local upto = seq + 1 - history
if upto - trimmed >= trim_batch then
  upto = math.min(upto, trimmed + 200)
  local old = {}
  for old_id = trimmed + 1, upto do
    for _, prefix in ipairs({'e:', 'h:', 'r:', 'w:', 'x:'}) do old[#old + 1] = prefix .. string.format('%d', old_id) end
  end
  redis.call('HDEL', pledges_key, unpack(old))
  redis.call('ZREMRANGEBYSCORE', hidden_key, '-inf', upto)
  writes[#writes + 1] = 'trimmed'
  writes[#writes + 1] = string.format('%d', upto)
end
redis.call('HSET', pledges_key, unpack(writes))
return '["created",' .. id .. ',"",' .. counts(today_counts, sum(now, 4 + #kinds), seq + 1) .. ']'
`,
});

/** One feed line: "id TAB hugs TAB reports TAB last report reason TAB entry JSON". */
const LINE = `
local function line(id, entry, hugs, reports, reason)
  if not present(reason) then reason = '' end
  return string.format('%s\\t%d\\t%d\\t%s\\t%s', id, tonumber(hugs) or 0, tonumber(reports) or 0, reason, entry)
end
`;

/**
 * The hidden entries, newest first, for moderators.
 * Reply: {more (1/0), lines} with one LINE per entry. Entry JSON never holds a raw tab or newline
 * (JSON escapes them, and names and notes are normalised before they are stored).
 */
export const HIDDEN_LUA = defineLua({
  name: "hidden",
  keys: ["pledges_key", "hidden_key"],
  args: { before: "string", limit: "number" },
  readonly: true,
  body: `${COMMON}${LINE}
local max = '+inf'
if before ~= '' then max = '(' .. before end
local found = redis.call('ZREVRANGEBYSCORE', hidden_key, max, '-inf', 'LIMIT', 0, limit + 1)
local more = 0
if #found > limit then more = 1 end
local lines = {}
local count = math.min(#found, limit)
if count > 0 then
  local fields = {}
  for i = 1, count do
    for _, prefix in ipairs({'x:', 'h:', 'r:', 'w:'}) do fields[#fields + 1] = prefix .. found[i] end
  end
  local got = redis.call('HMGET', pledges_key, unpack(fields))
  for i = 1, count do
    local n = (i - 1) * 4
    if present(got[n + 1]) then lines[#lines + 1] = line(found[i], got[n + 1], got[n + 2], got[n + 3], got[n + 4]) end
  end
end
return {more, table.concat(lines, '\\n')}
`,
});

/**
 * Hug: rate limit, one hug per device per visible entry. 4 commands for a new hug (and a
 * PEXPIRE on a client's first action in a rate window).
 * Reply: {"limited"} | {"missing"} | {"ok", hugs, already (1/0)}
 */
export const HUG_LUA = defineLua({
  name: "hug",
  keys: ["pledges_key", "rate_key", "marker_key"],
  args: {
    rate_field: "string",
    rate_limit: "number",
    rate_ttl_ms: "number",
    marker_ttl_s: "number",
    entry_id: "string",
  },
  readonly: false,
  body: `${COMMON}${RATE_LIMIT}
local now = redis.call('HMGET', pledges_key, 'e:' .. entry_id, 'h:' .. entry_id)
if rate_limited() then return '["limited"]' end
if not present(now[1]) then return '["missing"]' end
if redis.call('SET', marker_key, '1', 'NX', 'EX', marker_ttl_s) then
  return '["ok",' .. redis.call('HINCRBY', pledges_key, 'h:' .. entry_id, 1) .. ',0]'
end
return '["ok",' .. (tonumber(now[2]) or 0) .. ',1]'
`,
});

/**
 * Report: rate limit; counts only from a new device AND a new client address, so one person
 * making up device ids cannot hide an entry alone; `reports_to_hide` of them move the entry out
 * of the feed (its JSON from field e:id to x:id, its id into the hidden zset).
 * Reply: {"limited"} | {"missing"} | {"ok", hidden now (1/0)}
 */
export const REPORT_LUA = defineLua({
  name: "report",
  keys: ["pledges_key", "rate_key", "device_marker_key", "client_marker_key", "hidden_key"],
  args: {
    rate_field: "string",
    rate_limit: "number",
    rate_ttl_ms: "number",
    marker_ttl_s: "number",
    entry_id: "string",
    reports_to_hide: "number",
    reason: "string",
  },
  readonly: false,
  body: `${COMMON}${RATE_LIMIT}
local now = redis.call('HMGET', pledges_key, 'e:' .. entry_id, 'x:' .. entry_id)
if rate_limited() then return '["limited"]' end
if not present(now[1]) and not present(now[2]) then return '["missing"]' end
local new_device = redis.call('SET', device_marker_key, '1', 'NX', 'EX', marker_ttl_s)
local new_client = redis.call('SET', client_marker_key, '1', 'NX', 'EX', marker_ttl_s)
if not (new_device and new_client) then return '["ok",0]' end
-- Only a counted report leaves its reason: one device cannot keep replacing what moderators read.
if reason ~= '' then redis.call('HSET', pledges_key, 'w:' .. entry_id, reason) end
local reports = redis.call('HINCRBY', pledges_key, 'r:' .. entry_id, 1)
if reports >= reports_to_hide and present(now[1]) then
  redis.call('HSET', pledges_key, 'x:' .. entry_id, now[1])
  redis.call('HDEL', pledges_key, 'e:' .. entry_id)
  redis.call('ZADD', hidden_key, tonumber(entry_id), entry_id)
  return '["ok",1]'
end
return '["ok",0]'
`,
});

/**
 * Moderation: hide, restore (its report count starts again) or remove an entry.
 * Reply: {"missing"} | {"ok", status} with status visible | hidden | removed
 */
export const MODERATE_LUA = defineLua({
  name: "moderate",
  keys: ["pledges_key", "hidden_key"],
  args: { action: "string", entry_id: "string" },
  readonly: false,
  body: `${COMMON}
local visible_field, hidden_field = 'e:' .. entry_id, 'x:' .. entry_id
local now = redis.call('HMGET', pledges_key, visible_field, hidden_field)
if not present(now[1]) and not present(now[2]) then return '["missing"]' end
if action == 'hide' then
  if present(now[1]) then
    redis.call('HSET', pledges_key, hidden_field, now[1])
    redis.call('HDEL', pledges_key, visible_field)
    redis.call('ZADD', hidden_key, tonumber(entry_id), entry_id)
  end
  return '["ok","hidden"]'
elseif action == 'restore' then
  if present(now[2]) then
    redis.call('HSET', pledges_key, visible_field, now[2])
    redis.call('ZREM', hidden_key, entry_id)
  end
  redis.call('HDEL', pledges_key, hidden_field, 'r:' .. entry_id, 'w:' .. entry_id)
  return '["ok","visible"]'
end
redis.call('HDEL', pledges_key, visible_field, hidden_field, 'h:' .. entry_id, 'r:' .. entry_id, 'w:' .. entry_id)
redis.call('ZREM', hidden_key, entry_id)
return '["ok","removed"]'
`,
});

/** Every script, for tests that check each one's interface. */
export const ALL_LUA = [PLEDGE_LUA, HIDDEN_LUA, HUG_LUA, REPORT_LUA, MODERATE_LUA] as const;
