# expect-full-stderr
print("before")
import pkg_demo.helper.deeper
