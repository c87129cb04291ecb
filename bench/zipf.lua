-- wrk script for bench/run.sh: requests spread over every visible article the way real traffic arrives.
--   wrk -s bench/zipf.lua URL -- IDS_FILE [LISTS_FILE ETAGS_FILE]
-- IDS_FILE holds the visible article ids newest first, one a line; an id is drawn with rank = floor(N^u), u uniform
-- in [0, 1), so p(rank) is about proportional to 1/rank (the newest are read most, the archive still is).
-- With LISTS_FILE (list URLs, one a line) and ETAGS_FILE ("<id> <etag>" lines of the most read articles), the mix is
-- 80% article reads, 15% list pages (a uniform pick) and 5% revalidations of an article with its ETag (304).
local ids, lists, etags = {}, {}, {}
local n = 0

local function read(path, into)
  for line in io.lines(path) do
    if line ~= "" then into[#into + 1] = line end
  end
end

init = function(args)
  read(args[1], ids)
  n = #ids
  if args[2] then read(args[2], lists) end
  if args[3] then
    for line in io.lines(args[3]) do
      local id, tag = line:match("^(%S+) (.+)$")
      if id then etags[#etags + 1] = { id, tag } end
    end
  end
  math.randomseed(os.time() * 1000 + math.floor(os.clock() * 1000000) + n % 97)
end

local function article()
  local rank = math.floor(n ^ math.random())
  if rank < 1 then rank = 1 end
  return wrk.format("GET", "/api/v1/articles/" .. ids[rank])
end

request = function()
  if #lists == 0 then return article() end
  local r = math.random(100)
  if r <= 80 then return article() end
  if r <= 95 then return wrk.format("GET", lists[math.random(#lists)]) end
  local pick = etags[math.random(#etags)]
  return wrk.format("GET", "/api/v1/articles/" .. pick[1], { ["If-None-Match"] = pick[2] })
end
