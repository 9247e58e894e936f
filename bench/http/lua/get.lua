-- GET of wrk's URL with the auth header; see common.lua.
package.path = os.getenv("LUA_DIR") .. "/?.lua;" .. package.path
local common = require("common")
common.auth()
setup = common.setup
done = common.done
