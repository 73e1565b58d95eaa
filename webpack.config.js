/** Builds the task pane page (src/taskpane) into dist/web; `npm run build:web`. */
const fs = require("fs");
const path = require("path");

module.exports = {
  entry: { taskpane: "./src/taskpane/main.ts" },
  output: { path: path.resolve(__dirname, "dist/web"), filename: "[name].js", clean: true },
  resolve: { extensions: [".ts", ".js"] },
  module: {
    rules: [{ test: /\.ts$/, loader: "ts-loader", options: { configFile: path.resolve(__dirname, "src/taskpane/tsconfig.json"), transpileOnly: true } }],
  },
  devtool: "source-map",
  plugins: [
    {
      apply(compiler) {
        compiler.hooks.afterEmit.tap("copy-html", () => {
          fs.copyFileSync(path.resolve(__dirname, "src/taskpane/index.html"), path.resolve(__dirname, "dist/web/index.html"));
          fs.mkdirSync(path.resolve(__dirname, "dist/web/assets"), { recursive: true });
          for (const f of fs.readdirSync(path.resolve(__dirname, "assets"))) {
            fs.copyFileSync(path.resolve(__dirname, "assets", f), path.resolve(__dirname, "dist/web/assets", f));
          }
        });
      },
    },
  ],
};
