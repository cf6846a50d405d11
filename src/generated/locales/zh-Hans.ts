
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'clause-missing': `请用 clause="1" 至 clause="6" 选择《青岛倡议》的一条。`,
'clause-unknown': str`《青岛倡议》中没有第“${0}”条。各条编号为 1 至 6。`,
'column-language': str`第${0}栏的语言`,
'contents-label': `目录`,
'copy-link-done': `链接已复制`,
'copy-link-failed': `请复制此链接：`,
'copy-link-label': str`复制第${0}条的链接`,
'copy-quote-done': `已复制条文及其参考文献`,
'copy-quote-failed': `此处无法复制：请选中文字。`,
'copy-quote-label': str`复制第${0}条及其参考文献`,
'switch-label': `文本语言`,
'value-unknown': str`不支持 ${0}="${1}"，已改用“${2}”。可用值：${3}。`,
'view-parallel': `对照阅读`,
    };
  