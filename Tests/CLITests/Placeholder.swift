// CLI snapshot tests live here (target declared in Package.swift); none yet in this branch.
