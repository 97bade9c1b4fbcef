/**
 * The Lua scripts behind every pledge operation. Each runs atomically inside Redis, as one
 * command and one round trip (Upstash bills per command): no read-then-write races, whatever
 * the concurrency. Keys are passed in KEYS; see `keys.ts` for what each one holds.
 *
 * Written for Lua 5.1 (Redis) and 5.3 (the embedded store's interpreter): integers only, no
 * cjson, ids formatted with %d, no `false` inside a reply (the embedded store does not turn it
 * into nil; '' stands for "absent"), and every reply a table constructor: the embedded store
 * cannot convert a table filled in after it was made, so a list of variable length is sent as
 * one string of lines (see LIST_SCRIPT).
 */

/**
 * A fixed-window rate limit shared by the write scripts. Returns 0 when allowed, else the
 * milliseconds to wait. Folding it into each script saves the extra command per request that
 * a separate limiter call costs (measured by `npm run bench`, see README).
 */
const RATE_LIMIT = `
local function rate_limited(key, limit, window_ms)
  local used = redis.call('INCR', key)
  if used == 1 then redis.call('PEXPIRE', key, window_ms) end
  if used > limit then
    local wait = redis.call('PTTL', key)
    if wait < 0 then redis.call('PEXPIRE', key, window_ms); wait = window_ms end
    return wait
  end
  return 0
end
`;

/**
 * Today's counts (all, recovery, support, self-care), yesterday's and the all-time total.
 * Count hashes hold one field per kind; totals are their sums, so a pledge increments one field.
 */
const COUNTS = `
local function sum(key)
  local v = redis.call('HMGET', key, 'recovery', 'support', 'self-care')
  return (tonumber(v[1]) or 0) + (tonumber(v[2]) or 0) + (tonumber(v[3]) or 0)
end
local function counts(today_key, yesterday_key, total_key)
  local today = redis.call('HMGET', today_key, 'recovery', 'support', 'self-care')
  local r, s, c = tonumber(today[1]) or 0, tonumber(today[2]) or 0, tonumber(today[3]) or 0
  return r + s + c, r, s, c, sum(yesterday_key), sum(total_key)
end
`;

/**
 * KEYS: 1 rate key, 2 dedupe key, 3 sequence, 4 entries hash, 5 feed zset, 6 today's counts,
 *       7 all-time counts, 8 hugs hash, 9 reports hash, 10 yesterday's counts, 11 hidden zset,
 *       12 report reasons hash
 * ARGV: 1 limit, 2 window ms, 3 dedupe ttl s, 4 kind, 5 entry JSON, 6 feed history,
 *       7 day-counts ttl s, 8 trim batch (entries past the history that trigger a trim)
 * Reply: {"limited", wait_ms} | {"already", id, entry JSON or '', counts…} | {"created", id, '', counts…}
 * (counts as in COUNTS, so the answer carries fresh stats without a second command)
 */
export const PLEDGE_SCRIPT = `${RATE_LIMIT}${COUNTS}
local function with_counts(status, id, entry)
  local a, b, c, d, e, f = counts(KEYS[6], KEYS[10], KEYS[7])
  return {status, id, entry, a, b, c, d, e, f}
end
local wait = rate_limited(KEYS[1], tonumber(ARGV[1]), tonumber(ARGV[2]))
if wait > 0 then return {'limited', wait} end
local existing = redis.call('GET', KEYS[2])
if existing then return with_counts('already', existing, redis.call('HGET', KEYS[4], existing) or '') end
local id = string.format('%d', redis.call('INCR', KEYS[3]))
redis.call('SET', KEYS[2], id, 'EX', tonumber(ARGV[3]))
-- The day's counts expire once the day is old; set when a kind is first counted that day.
if redis.call('HINCRBY', KEYS[6], ARGV[4], 1) == 1 then redis.call('EXPIRE', KEYS[6], tonumber(ARGV[7])) end
redis.call('HINCRBY', KEYS[7], ARGV[4], 1)
redis.call('HSET', KEYS[4], id, ARGV[5])
redis.call('ZADD', KEYS[5], tonumber(id), id)
-- Keep the newest history only: what falls out is deleted, hidden entries older than the
-- oldest kept one included (they must not outlive the history while awaiting a moderator).
-- Trimmed in batches (ARGV[8] entries past the history at a time), so that at steady state a
-- pledge does not pay for a trim each time: a few commands per batch, not per pledge.
local unpack = table.unpack or unpack
local function forget(ids)
  redis.call('HDEL', KEYS[4], unpack(ids))
  redis.call('HDEL', KEYS[8], unpack(ids))
  redis.call('HDEL', KEYS[9], unpack(ids))
  redis.call('HDEL', KEYS[12], unpack(ids))
end
local extra = redis.call('ZCARD', KEYS[5]) - tonumber(ARGV[6])
if extra >= tonumber(ARGV[8]) then
  forget(redis.call('ZRANGE', KEYS[5], 0, extra - 1))
  redis.call('ZREMRANGEBYRANK', KEYS[5], 0, extra - 1)
  local oldest = redis.call('ZRANGE', KEYS[5], 0, 0)[1]
  local stale = redis.call('ZRANGEBYSCORE', KEYS[11], '-inf', '(' .. oldest)
  if #stale > 0 then
    forget(stale)
    redis.call('ZREMRANGEBYSCORE', KEYS[11], '-inf', '(' .. oldest)
  end
end
return with_counts('created', id, '')
`;

/**
 * KEYS: 1 today's counts, 2 yesterday's counts, 3 all-time counts
 * Reply: counts as in COUNTS
 */
export const STATS_SCRIPT = `${COUNTS}
local a, b, c, d, e, f = counts(KEYS[1], KEYS[2], KEYS[3])
return {a, b, c, d, e, f}
`;

/**
 * KEYS: 1 list zset (the feed, or the hidden list), 2 entries hash, 3 hugs hash, 4 reports hash,
 *       5 report reasons hash
 * ARGV: 1 exclusive upper bound on ids ("+inf" for the newest), 2 how many
 * Reply: {more (1/0), lines}: one line per entry, "id TAB hugs TAB reports TAB last report
 * reason TAB entry JSON",
 * newest first. Entry JSON never holds a raw tab or newline (JSON escapes them, and names and
 * notes are normalised before they are stored).
 */
export const LIST_SCRIPT = `
local max = ARGV[1] == '+inf' and '+inf' or ('(' .. ARGV[1])
local limit = tonumber(ARGV[2])
local found = redis.call('ZREVRANGEBYSCORE', KEYS[1], max, '-inf', 'LIMIT', 0, limit + 1)
local more = 0
if #found > limit then more = 1 end
local ids = {}
for i = 1, math.min(#found, limit) do ids[i] = found[i] end
local lines = {}
if #ids > 0 then
  local unpack = table.unpack or unpack
  local entries = redis.call('HMGET', KEYS[2], unpack(ids))
  local hugs = redis.call('HMGET', KEYS[3], unpack(ids))
  local reports = redis.call('HMGET', KEYS[4], unpack(ids))
  local reasons = redis.call('HMGET', KEYS[5], unpack(ids))
  for i, id in ipairs(ids) do
    if entries[i] then
      lines[#lines + 1] = string.format('%s\\t%d\\t%d\\t%s\\t%s', id, tonumber(hugs[i]) or 0, tonumber(reports[i]) or 0, reasons[i] or '', entries[i])
    end
  end
end
return {more, table.concat(lines, '\\n')}
`;

/**
 * KEYS: 1 rate key, 2 this device's hug marker for the entry, 3 feed zset, 4 hugs hash
 * ARGV: 1 limit, 2 window ms, 3 marker ttl s, 4 entry id
 * Reply: {"limited", wait_ms} | {"missing"} | {"ok", hugs, already (1/0)}
 */
export const HUG_SCRIPT = `${RATE_LIMIT}
local wait = rate_limited(KEYS[1], tonumber(ARGV[1]), tonumber(ARGV[2]))
if wait > 0 then return {'limited', wait} end
if not redis.call('ZSCORE', KEYS[3], ARGV[4]) then return {'missing'} end
if redis.call('SET', KEYS[2], '1', 'NX', 'EX', tonumber(ARGV[3])) then
  local hugs = redis.call('HINCRBY', KEYS[4], ARGV[4], 1)
  return {'ok', hugs, 0}
end
return {'ok', tonumber(redis.call('HGET', KEYS[4], ARGV[4])) or 0, 1}
`;

/**
 * KEYS: 1 rate key, 2 this device's report marker, 3 entries hash, 4 reports hash, 5 feed zset,
 *       6 hidden zset, 7 this client's (IP hash) report marker, 8 report reasons hash
 * ARGV: 1 limit, 2 window ms, 3 marker ttl s, 4 entry id, 5 reports that hide an entry,
 *       6 reason ('' for none)
 * A report counts only from a new device AND a new client address, so one person making up
 * device ids cannot hide an entry alone.
 * Reply: {"limited", wait_ms} | {"missing"} | {"ok", hidden now (1/0)}
 */
export const REPORT_SCRIPT = `${RATE_LIMIT}
local wait = rate_limited(KEYS[1], tonumber(ARGV[1]), tonumber(ARGV[2]))
if wait > 0 then return {'limited', wait} end
if redis.call('HEXISTS', KEYS[3], ARGV[4]) == 0 then return {'missing'} end
if ARGV[6] ~= '' then redis.call('HSET', KEYS[8], ARGV[4], ARGV[6]) end
local new_device = redis.call('SET', KEYS[2], '1', 'NX', 'EX', tonumber(ARGV[3]))
local new_client = redis.call('SET', KEYS[7], '1', 'NX', 'EX', tonumber(ARGV[3]))
if not (new_device and new_client) then return {'ok', 0} end
local reports = redis.call('HINCRBY', KEYS[4], ARGV[4], 1)
if reports >= tonumber(ARGV[5]) and redis.call('ZREM', KEYS[5], ARGV[4]) == 1 then
  redis.call('ZADD', KEYS[6], tonumber(ARGV[4]), ARGV[4])
  return {'ok', 1}
end
return {'ok', 0}
`;

/**
 * KEYS: 1 entries hash, 2 feed zset, 3 hidden zset, 4 hugs hash, 5 reports hash, 6 reasons hash
 * ARGV: 1 action (hide | restore | remove), 2 entry id
 * Reply: {"missing"} | {"ok", status} with status visible | hidden | removed
 */
export const MODERATE_SCRIPT = `
local id = ARGV[2]
if redis.call('HEXISTS', KEYS[1], id) == 0 then return {'missing'} end
if ARGV[1] == 'hide' then
  redis.call('ZREM', KEYS[2], id)
  redis.call('ZADD', KEYS[3], tonumber(id), id)
  return {'ok', 'hidden'}
elseif ARGV[1] == 'restore' then
  redis.call('ZREM', KEYS[3], id)
  redis.call('ZADD', KEYS[2], tonumber(id), id)
  redis.call('HDEL', KEYS[5], id)
  redis.call('HDEL', KEYS[6], id)
  return {'ok', 'visible'}
end
redis.call('ZREM', KEYS[2], id)
redis.call('ZREM', KEYS[3], id)
redis.call('HDEL', KEYS[1], id)
redis.call('HDEL', KEYS[4], id)
redis.call('HDEL', KEYS[5], id)
redis.call('HDEL', KEYS[6], id)
return {'ok', 'removed'}
`;
