-- wrk script for the Swarmgate bench (bench/load/wrk-driver.ts starts it).
--
-- Arguments after "--": mode, file, path style, connection, thread count, and (fill) how many peers.
--   mode "random": every request is a random line of the pool file
--   mode "walk":   each thread walks its share of the pool lines in order, then starts again
--   mode "fill":   the file is a fill spec; request k is background peer k (bench/seed/fill-peers.ts);
--                  after the last peer it starts again (re-announces), so the tracker holds exactly that many
--   path style "passkey": /<passkey>/<endpoint>?<query>; "plain": /<endpoint>?<query>
--   connection "close" sends Connection: close, so every request opens a new connection
--
-- Pool lines are "<passkey> <endpoint> <query>". Requests are formatted in init() so that request()
-- only picks one: building a request string per call would make wrk the bottleneck.

local thread_count_setup = 0

function setup(thread)
  thread:set("thread_index", thread_count_setup)
  thread_count_setup = thread_count_setup + 1
end

local mode, style
local requests = {}
local request_count = 0
local next_index = 0
local threads = 1
-- fill mode
local hashes, passkeys, ports = {}, {}, {}
local fill_total, torrent_count, user_count, port_count = 0, 0, 0, 0

local function path_of(passkey, endpoint, query)
  if style == "passkey" then
    return "/" .. passkey .. "/" .. endpoint .. "?" .. query
  end
  return "/" .. endpoint .. "?" .. query
end

local function read_pool(file)
  for line in io.lines(file) do
    local passkey, endpoint, query = line:match("^(%S+) (%S+) (.*)$")
    if passkey then
      request_count = request_count + 1
      requests[request_count] = wrk.format(nil, path_of(passkey, endpoint, query))
    end
  end
end

-- Fill spec: "torrents users total ports", then one line per torrent (escaped info_hash),
-- one per user (passkey), one per usable port.
local function read_fill_spec(file)
  local lines = io.lines(file)
  torrent_count, user_count, fill_total, port_count = lines():match("^(%d+) (%d+) (%d+) (%d+)$")
  torrent_count, user_count = tonumber(torrent_count), tonumber(user_count)
  fill_total, port_count = tonumber(fill_total), tonumber(port_count)
  for i = 0, torrent_count - 1 do hashes[i] = lines() end
  for i = 0, user_count - 1 do passkeys[i] = lines() end
  for i = 0, port_count - 1 do ports[i] = lines() end
end

-- Mirrors fillPeer() in bench/seed/fill-peers.ts: keep the two in step.
local function fill_request(k)
  local torrent = k % torrent_count
  local round = math.floor(k / torrent_count)
  local user = round % user_count
  local seeder = (k % 10) < 7
  local left = seeder and 0 or (1 + (k * 7919) % 1000000) * 1024
  local query = "info_hash=" .. hashes[torrent] .. "&peer_id=-SF0100-" .. string.format("%012d", k) ..
    "&port=" .. ports[round % port_count] .. "&uploaded=0&downloaded=0&left=" .. string.format("%d", left) ..
    "&numwant=0&compact=1&event=started"
  return wrk.format(nil, path_of(passkeys[user], "announce", query))
end

function init(args)
  mode, style = args[1], args[3]
  threads = tonumber(args[5]) or 1
  if args[4] == "close" then wrk.headers["Connection"] = "close" end
  math.randomseed(1000 + thread_index)
  if mode == "fill" then
    read_fill_spec(args[2])
    local wanted = tonumber(args[6]) or 0
    if wanted > 0 and wanted < fill_total then fill_total = wanted end
  else
    read_pool(args[2])
  end
  next_index = thread_index
end

function request()
  if mode == "random" then
    return requests[math.random(request_count)]
  end
  local k = next_index
  next_index = next_index + threads
  if mode == "fill" then
    if next_index >= fill_total then next_index = thread_index end
    return fill_request(k)
  end
  if next_index >= request_count then next_index = thread_index end
  return requests[k + 1]
end

function done(summary, latency, requests_stats)
  local e = summary.errors
  io.write(string.format(
    'BENCH_RESULT {"requests":%d,"durationUs":%d,"bytes":%d,"connect":%d,"read":%d,"write":%d,"status":%d,"timeout":%d,' ..
    '"p50Us":%d,"p99Us":%d,"maxUs":%d,"meanUs":%.1f}\n',
    summary.requests, summary.duration, summary.bytes, e.connect, e.read, e.write, e.status, e.timeout,
    latency:percentile(50), latency:percentile(99), latency.max, latency.mean))
end
