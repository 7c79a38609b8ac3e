# shellcheck shell=bash
# Sourced by with-keychain.sh and without-keychain.sh; not a command of its own.
#
# write_session_bus_config DIR: writes DIR/session.conf, a D-Bus session bus configuration
# like the stock one but with no service directories: nothing is started on demand, so a
# test gets exactly the services its wrapper starts. (Debian's stock session bus would
# start gnome-keyring-daemon, and with it a locked keyring and a password prompt, the first
# time anything asks for org.freedesktop.secrets.)
write_session_bus_config() {
    cat >"$1/session.conf" <<CONF
<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <keep_umask/>
  <listen>unix:dir=$1</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
CONF
}

# run_on_private_bus DIR CMD...: runs CMD under dbus-run-session with that configuration and
# returns CMD's exit status. (As root in a container dbus-daemon may print "Failed to set fd
# limit to 65536: Operation not permitted": harmless.)
run_on_private_bus() {
    local dir=$1 rc=0
    shift
    write_session_bus_config "$dir"
    dbus-run-session --config-file="$dir/session.conf" -- "$@" || rc=$?
    return "$rc"
}
