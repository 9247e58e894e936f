-- POST /api/opportunities/{id}/plan/steps/{key}/done: the first open step of each deal of IDS_FILE, once.
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
  return wrk.format("POST", "/api/opportunities/" .. deal.id .. "/plan/steps/" .. deal.step .. "/done",
      common.headers({ ["Content-Type"] = "application/json" }), "{}")
end
