-- POST /api/opportunities/{id}/plan/steps/{key}/done: the first open step of each deal of IDS_FILE, once.
package.path = os.getenv("LUA_DIR") .. "/?.lua;" .. package.path
local common = require("common")
common.auth()
setup = common.setup
done = common.done
local ids, steps, i

function init(args)
  local versions
  ids, versions, steps = common.deals()
  i = 0
end

function request()
  i = i + 1
  local k = ((i - 1) % #ids) + 1
  return wrk.format("POST", "/api/opportunities/" .. ids[k] .. "/plan/steps/" .. steps[k] .. "/done",
      common.headers({ ["Content-Type"] = "application/json" }), "{}")
end
