-- GET /api/opportunities/{id} over the deals of IDS_FILE in turn (so the cache of one row is not measured).
package.path = os.getenv("LUA_DIR") .. "/?.lua;" .. package.path
local common = require("common")
common.auth()
setup = common.setup
done = common.done
local next_deal

function init(args)
  next_deal = common.rotation()
end

function request()
  local deal, i = next_deal()
  return wrk.format("GET", "/api/opportunities/" .. deal.id)
end
