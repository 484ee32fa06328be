package lab.endpoint;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.util.concurrent.DefaultEventExecutorGroup;
import io.netty.util.concurrent.EventExecutorGroup;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The lab endpoint's {@link LoopbackServer.Handler} served by maintained HTTP servers instead of the endpoint's own,
 * for {@link ServerBenchmark}: Jetty 12 (on the class path through DynamoDB Local) and Netty 4.1 (through the SDK's
 * asynchronous client). Each hands the handler the same request the endpoint's server would, and the handler may
 * block, as the endpoint's does while it waits on the backend.
 */
final class LibraryServers {

    private LibraryServers() {
    }

    /** A server on a free loopback port. */
    interface Running extends AutoCloseable {
        URI uri();

        @Override
        void close() throws Exception;
    }

    /** Jetty's server and its own thread pool: the handler runs on the pool's threads, which may block. */
    static Running jetty(LoopbackServer.Handler handler) throws Exception {
        QueuedThreadPool threads = new QueuedThreadPool(64, 4);
        threads.setDaemon(true);
        threads.setName("jetty-endpoint");
        Server server = new Server(threads);
        ServerConnector connector = new ServerConnector(server, 1, 1);
        connector.setHost(InetAddress.getLoopbackAddress().getHostAddress());
        connector.setPort(0);
        server.addConnector(connector);
        server.setHandler(new Handler.Abstract() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) throws Exception {
                Map<String, String> headers = new LinkedHashMap<>();
                for (HttpField field : request.getHeaders()) {
                    headers.put(field.getName().toLowerCase(Locale.ROOT), field.getValue());
                }
                ByteBuffer content = Content.Source.asByteBuffer(request);
                byte[] body = new byte[content.remaining()];
                content.get(body);
                String startLine = request.getMethod() + " " + request.getHttpURI().getPathQuery() + " HTTP/1.1";
                LoopbackServer.Answer answer = handler.handle(new LoopbackServer.Request(request.getMethod(),
                        new HttpMessages.Head(startLine, headers), body));
                response.setStatus(answer.status());
                answer.headers().forEach(response.getHeaders()::put);
                response.getHeaders().put("Content-Length", Integer.toString(answer.body().length));
                response.write(true, ByteBuffer.wrap(answer.body()), callback);
                return true;
            }
        });
        server.start();
        URI uri = URI.create("http://" + connector.getHost() + ":" + connector.getLocalPort());
        return new Running() {
            @Override
            public URI uri() {
                return uri;
            }

            @Override
            public void close() throws Exception {
                server.stop();
            }
        };
    }

    /**
     * Netty's server: its event loops read and write, and the handler runs on a group of threads of its own, since it
     * blocks (an event loop must not).
     */
    static Running netty(LoopbackServer.Handler handler) throws Exception {
        EventLoopGroup accepting = new NioEventLoopGroup(1);
        EventLoopGroup serving = new NioEventLoopGroup(2);
        EventExecutorGroup blocking = new DefaultEventExecutorGroup(16);
        Channel listening = new ServerBootstrap().group(accepting, serving).channel(NioServerSocketChannel.class)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel channel) {
                        channel.pipeline().addLast(new HttpServerCodec(), new HttpObjectAggregator(LoopbackServer.BODY_LIMIT));
                        channel.pipeline().addLast(blocking, new SimpleChannelInboundHandler<FullHttpRequest>() {
                            @Override
                            protected void channelRead0(ChannelHandlerContext context, FullHttpRequest request)
                                    throws IOException {
                                Map<String, String> headers = new LinkedHashMap<>();
                                request.headers().forEach(header -> headers.put(header.getKey().toLowerCase(Locale.ROOT),
                                        header.getValue()));
                                byte[] body = new byte[request.content().readableBytes()];
                                request.content().readBytes(body);
                                String startLine = request.method() + " " + request.uri() + " HTTP/1.1";
                                LoopbackServer.Answer answer = handler.handle(new LoopbackServer.Request(
                                        request.method().name(), new HttpMessages.Head(startLine, headers), body));
                                FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1,
                                        HttpResponseStatus.valueOf(answer.status()), Unpooled.wrappedBuffer(answer.body()));
                                answer.headers().forEach(response.headers()::set);
                                response.headers().set(HttpHeaderNames.CONTENT_LENGTH, answer.body().length);
                                HttpUtil.setKeepAlive(response, HttpUtil.isKeepAlive(request));
                                context.writeAndFlush(response);
                            }
                        });
                    }
                })
                .bind(InetAddress.getLoopbackAddress(), 0).sync().channel();
        InetSocketAddress address = (InetSocketAddress) listening.localAddress();
        URI uri = URI.create("http://" + address.getAddress().getHostAddress() + ":" + address.getPort());
        return new Running() {
            @Override
            public URI uri() {
                return uri;
            }

            @Override
            public void close() {
                listening.close().syncUninterruptibly();
                blocking.shutdownGracefully();
                serving.shutdownGracefully();
                accepting.shutdownGracefully();
            }
        };
    }
}
