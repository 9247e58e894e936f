-- GET /api/opportunities/{id} over the deals of IDS_FILE in turn (so the cache of one row is not measured).
package.path = os.getenv("LUA_DIR") .. "/?.lua;" .. package.path
local common = require("common")
common.auth()
setup = common.setup
done = common.done
local ids, i

function init(args)
  ids = common.deals()
  i = 0
end

function request()
  i = i + 1
  return wrk.format("GET", "/api/opportunities/" .. ids[((i - 1) % #ids) + 1])
end
